using FluentValidation;
using GrantHub.Core.Judging;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Ranking;

public sealed class DecisionFormValidator : AbstractValidator<DecisionForm>
{
    public DecisionFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Outcome).NotNull().WithMessage(_ => l["Choose: funded, awarded or not selected."]).IsInEnum().WithMessage(_ => l["Choose: funded, awarded or not selected."]);
        When(m => m.Outcome == DecisionOutcome.Funded, () =>
        {
            RuleFor(m => m.AmountYuan).NotNull().WithMessage(_ => l["Give the amount granted, above zero."]);
            RuleFor(m => m.AmountYuan).GreaterThan(0).WithMessage(_ => l["Give the amount granted, above zero."])
                .Must(a => a is not { } y || decimal.Round(y, 2) == y).WithMessage(_ => l["An amount has at most two decimals (whole fen)."])
                .LessThan(100_000_000_000m).WithName(_ => l["Amount granted (yuan)"]);
        });
        When(m => m.Outcome == DecisionOutcome.Awarded, () =>
            RuleFor(m => m.TierId).NotNull().WithMessage(_ => l["Choose one of the edition's award tiers."]));
    }
}
