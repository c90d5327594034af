using FluentValidation;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Applications;

/// <summary>
/// Each step checks lengths and formats on every save; "save and continue" also needs the step's required fields,
/// while "save the draft" keeps a half-done step as it is.
/// </summary>
public sealed class ProjectFormValidator : AbstractValidator<ProjectForm>
{
    public ProjectFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.ProjectName).MaximumLength(100).WithName(_ => l["Project name"]);
        RuleFor(m => m.Summary).MaximumLength(1000).WithName(_ => l["Summary"]);
        When(m => m.Then != StepActions.Stay, () =>
        {
            RuleFor(m => m.ProjectName).NotEmpty().WithName(_ => l["Project name"]);
            RuleFor(m => m.CategoryId).NotNull().WithMessage(_ => l["Choose a category."]);
            RuleFor(m => m.Summary).NotEmpty().WithName(_ => l["Summary"]);
        });
    }
}

public sealed class PlanFormValidator : AbstractValidator<PlanForm>
{
    public PlanFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.NeedAnalysis).MaximumLength(4000).WithName(_ => l["Need analysis"]);
        RuleFor(m => m.Goals).MaximumLength(4000).WithName(_ => l["Goals"]);
        RuleFor(m => m.Activities).MaximumLength(4000).WithName(_ => l["Activities and schedule"]);
        RuleFor(m => m.Beneficiaries).MaximumLength(4000).WithName(_ => l["Beneficiaries"]);
        RuleFor(m => m.Team).MaximumLength(4000).WithName(_ => l["Team"]);
        RuleFor(m => m.Risks).MaximumLength(4000).WithName(_ => l["Risks and how you handle them"]);
        RuleFor(m => m.BeneficiaryCount)
            .Must(c => string.IsNullOrWhiteSpace(c) || PlanCount(c) is not null)
            .WithMessage(_ => l["Enter the number of beneficiaries as a whole number, e.g. 300."]);
        When(m => m.Then != StepActions.Stay, () =>
        {
            RuleFor(m => m.NeedAnalysis).NotEmpty().WithName(_ => l["Need analysis"]);
            RuleFor(m => m.Goals).NotEmpty().WithName(_ => l["Goals"]);
            RuleFor(m => m.Activities).NotEmpty().WithName(_ => l["Activities and schedule"]);
            RuleFor(m => m.Beneficiaries).NotEmpty().WithName(_ => l["Beneficiaries"]);
            RuleFor(m => m.BeneficiaryCount).NotEmpty().WithName(_ => l["Number of beneficiaries"]);
            RuleFor(m => m.Team).NotEmpty().WithName(_ => l["Team"]);
        });
    }

    public static int? PlanCount(string? text) =>
        int.TryParse((text ?? "").Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
        && n is >= 0 and <= 10_000_000 ? n : null;
}

public sealed class BudgetFormValidator : AbstractValidator<BudgetForm>
{
    public BudgetFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Lines).Must(lines => lines.Count(r => r.Counts) <= 100).WithMessage(_ => l["A budget has at most {0} lines.", 100]);
        RuleForEach(m => m.Lines).ChildRules(line =>
        {
            line.When(r => r.Counts, () =>
            {
                line.RuleFor(r => r.Subject).NotEmpty().MaximumLength(100).WithName(_ => l["Subject"]);
                line.RuleFor(r => r.Description).MaximumLength(500).WithName(_ => l["Description"]);
                line.RuleFor(r => r.UnitPrice).Must(p => BudgetInput.Yuan(p) is not null)
                    .WithMessage(_ => l["Yuan above zero, at most two decimals."]);
                line.RuleFor(r => r.Quantity).Must(q => BudgetInput.Quantity(q) is not null)
                    .WithMessage(_ => l["A whole number from 1 to 100000."]);
                line.RuleFor(r => r.Source).NotNull().WithMessage(_ => l["Choose who pays."]);
            });
        });
        When(m => m.Then is not (StepActions.Stay or StepActions.MoreRows), () =>
            RuleFor(m => m.Lines).Must(lines => lines.Any(r => r.Counts)).WithMessage(_ => l["Add at least one budget line."]));
    }
}
