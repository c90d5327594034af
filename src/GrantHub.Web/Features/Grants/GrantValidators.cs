using FluentValidation;
using FluentValidation.Results;
using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Features.Editions;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Grants;

/// <summary>The shape of the agreement's input; the plan's arithmetic and the ceiling are Core's (<see cref="Grant.DraftAgreement"/>).</summary>
public sealed class AgreementFormValidator : AbstractValidator<AgreementForm>
{
    public AgreementFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.AmountYuan).Yuan(l).WithName(_ => l["Amount of the agreement (yuan)"]);
        RuleFor(m => m.Template).NotNull().WithMessage(_ => l["Choose a tranche plan."]).IsInEnum().WithMessage(_ => l["Choose a tranche plan."]);
        RuleFor(m => m).Custom((form, context) =>
        {
            if (form.Template is null) return;
            foreach (var (i, row) in AgreementPlanner.Counting(form))
            {
                void Fail(string field, string message) => context.AddFailure(new ValidationFailure($"Rows[{i}].{field}", message));
                if (form.Template == TrancheTemplate.CustomPercentages && row.Percent is { } p && (p <= 0 || p > 100 || decimal.Round(p, 2) != p))
                    Fail(nameof(PlanRowInput.Percent), l["A share is above 0% and at most 100%, with at most two decimals."]);
                if (form.Template == TrancheTemplate.CustomAmounts && row.AmountYuan is { } a && (a <= 0 || a > 1_000_000_000m || decimal.Round(a, 2) != a))
                    Fail(nameof(PlanRowInput.AmountYuan), l["An amount is above zero, with at most two decimals (fen)."]);
                if (row.Trigger is not { } t || !Enum.IsDefined(t) || t == TrancheTrigger.ResultsFinal)
                    Fail(nameof(PlanRowInput.Trigger), l["Choose what makes each tranche payable."]);
                else if (t == TrancheTrigger.OnDate && row.DueOn is null)
                    Fail(nameof(PlanRowInput.DueOn), l["A tranche paid on a date needs the date."]);
            }
        });
    }
}

public sealed class ConfirmFormValidator : AbstractValidator<ConfirmForm>
{
    public ConfirmFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.SignedOn).NotNull().WithMessage(_ => l["Give the day the agreement was signed."]);
    }
}

public sealed class EvaluationFormValidator : AbstractValidator<EvaluationForm>
{
    public EvaluationFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Kind).NotNull().WithMessage(_ => l["Choose the mid-term or the final evaluation."]).IsInEnum().WithMessage(_ => l["Choose the mid-term or the final evaluation."]);
        RuleFor(m => m.Score).NotNull().WithMessage(_ => l["Fill in this field."])
            .InclusiveBetween(0m, 100m).WithMessage(_ => l["A score is between {0} and {1}.", 0, 100])
            .Must(s => s is null || decimal.Round(s.Value, 1) == s).WithMessage(_ => l["A score has at most one decimal place."])
            .WithName(_ => l["Score"]);
        RuleFor(m => m.PassMark).NotNull().WithMessage(_ => l["Fill in this field."])
            .InclusiveBetween(1, 100).WithMessage(_ => l["The pass mark is between {0} and {1}.", 1, 100])
            .WithName(_ => l["Pass mark"]);
        RuleFor(m => m.Evaluator).NotEmpty().WithMessage(_ => l["Say who evaluated the project."])
            .MaximumLength(200).WithName(_ => l["Evaluator"]);
        RuleFor(m => m.Comment).MaximumLength(Evaluation.MaxTextLength).WithName(_ => l["Comment"]);
        RuleFor(m => m.EvaluatedOn).NotNull().WithMessage(_ => l["Fill in this field."]).WithName(_ => l["Day evaluated"]);
    }
}

public sealed class StopFormValidator : AbstractValidator<StopForm>
{
    public StopFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage(_ => l["Give the reason for stopping the project."])
            .MaximumLength(Tranche.MaxReasonLength).WithName(_ => l["Reason"]);
    }
}
