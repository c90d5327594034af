using FluentValidation;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Reports;

/// <summary>
/// Formats and lengths on every save; what a submission needs (progress, activities, beneficiaries) is the report's own
/// rule (<see cref="ProjectReport.MissingForSubmission"/>), listed on the page when Submit is pressed.
/// </summary>
public sealed class ReportFormValidator : AbstractValidator<ReportForm>
{
    public const int MaxBeneficiaries = 10_000_000;

    public ReportFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Narrative).MaximumLength(ProjectReport.MaxTextLength).WithName(_ => l["Progress"]);
        RuleFor(m => m.Activities).MaximumLength(ProjectReport.MaxTextLength).WithName(_ => l["Activities held"]);
        RuleFor(m => m.Beneficiaries)
            .Must(c => string.IsNullOrWhiteSpace(c) || Count(c) is not null)
            .WithMessage(_ => l["Enter the number of people served as a whole number, e.g. 120."]);
        RuleFor(m => m.Spending).Must(s => s.Count <= 200).WithMessage(_ => l["A budget has at most {0} lines.", 200]);
        RuleForEach(m => m.Spending).ChildRules(line =>
            line.RuleFor(r => r.Spent).Must(s => SpendingInput.Parse(s) is not null)
                .WithMessage(_ => l["Yuan from 0, at most two decimals."]));
    }

    public static int? Count(string? text) =>
        int.TryParse((text ?? "").Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
        && n is >= 0 and <= MaxBeneficiaries ? n : null;
}

public sealed class AcceptFormValidator : AbstractValidator<AcceptForm>
{
    public AcceptFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Comment).MaximumLength(ProjectReport.MaxCommentLength).WithName(_ => l["Comment"]);
    }
}

public sealed class ReturnFormValidator : AbstractValidator<ReturnForm>
{
    public ReturnFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Comment).NotEmpty().WithMessage(_ => l["Say what needs to change before returning the report."])
            .MaximumLength(ProjectReport.MaxCommentLength).WithName(_ => l["Comment"]);
    }
}

public sealed class ExcuseFormValidator : AbstractValidator<ExcuseForm>
{
    public ExcuseFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage(_ => l["Give the reason for excusing the delay."])
            .MaximumLength(ProjectReport.MaxCommentLength).WithName(_ => l["Reason"]);
    }
}

public sealed class MilestoneFormValidator : AbstractValidator<MilestoneForm>
{
    public MilestoneFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Title).NotEmpty().WithMessage(_ => l["Give the milestone a name."])
            .MaximumLength(200).WithName(_ => l["Milestone"]);
        RuleFor(m => m.DueOn).Must(d => MilestoneForm.ParseDate(d) is not null)
            .WithMessage(_ => l["Enter the due date as a date, e.g. 2026-09-30."]);
    }
}

public sealed class ReportingRulesFormValidator : AbstractValidator<ReportingRulesForm>
{
    public ReportingRulesFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.FinalAfterMonths)
            .Must(t => ReportingRulesForm.Whole(t) is >= 1 and <= 60)
            .WithMessage(_ => l["The final report is due between {0} and {1} months after signing.", 1, 60]);
        RuleFor(m => m.MidtermAfterMonths)
            .Must(t => ReportingRulesForm.Whole(t) is >= 1)
            .WithMessage(_ => l["The mid-term report is due after signing and before the final report."]);
        RuleFor(m => m.MidtermAfterMonths)
            .Must((m, t) => ReportingRulesForm.Whole(t) is not { } mid || ReportingRulesForm.Whole(m.FinalAfterMonths) is not { } final || mid < final)
            .WithMessage(_ => l["The mid-term report is due after signing and before the final report."]);
        RuleFor(m => m.PassMark)
            .Must(t => ReportingRulesForm.Whole(t) is >= 1 and <= 100)
            .WithMessage(_ => l["The pass mark is between {0} and {1}.", 1, 100]);
    }
}
