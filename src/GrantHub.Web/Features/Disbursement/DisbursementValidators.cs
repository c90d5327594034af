using FluentValidation;
using GrantHub.Core.Funding;
using GrantHub.Web.Features.CenterDesk;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Disbursement;

public sealed class PayFormValidator : AbstractValidator<PayForm>
{
    public PayFormValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleFor(m => m.BankReference).NotEmpty().WithMessage(_ => l["Give the bank's reference of the payment."])
            .MaximumLength(Tranche.MaxReferenceLength).WithName(_ => l["Bank reference"]);
        RuleFor(m => m.PaidOn).NotInTheFuture(l, clock).WithName(_ => l["Paid on"]);
    }
}

public sealed class CancelFormValidator : AbstractValidator<CancelForm>
{
    public CancelFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage(_ => l["Give the reason for cancelling."])
            .MaximumLength(Tranche.MaxReasonLength).WithName(_ => l["Reason"]);
    }
}

public sealed class ClawbackRequestFormValidator : AbstractValidator<ClawbackRequestForm>
{
    public ClawbackRequestFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.AmountYuan).NotNull().WithMessage(_ => l["Give the amount to return, above zero."]);
        RuleFor(m => m.AmountYuan).GreaterThan(0).WithMessage(_ => l["Give the amount to return, above zero."])
            .Must(a => a is not { } y || decimal.Round(y, 2) == y).WithMessage(_ => l["An amount has at most two decimals (whole fen)."])
            .LessThan(100_000_000_000m).WithName(_ => l["Amount to return (yuan)"]);
        RuleFor(m => m.Reason).NotEmpty().WithMessage(_ => l["Give the reason for the claw-back."])
            .MaximumLength(Tranche.MaxReasonLength).WithName(_ => l["Reason"]);
    }
}

public sealed class ClawbackReturnedFormValidator : AbstractValidator<ClawbackReturnedForm>
{
    public ClawbackReturnedFormValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleFor(m => m.Reference).NotEmpty().WithMessage(_ => l["Give the bank's reference of the payment."])
            .MaximumLength(Tranche.MaxReferenceLength).WithName(_ => l["Bank reference"]);
        RuleFor(m => m.ReturnedOn).NotInTheFuture(l, clock).WithName(_ => l["Returned on"]);
    }
}

public sealed class ClawbackWithdrawFormValidator : AbstractValidator<ClawbackWithdrawForm>
{
    public ClawbackWithdrawFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage(_ => l["Give the reason for withdrawing."])
            .MaximumLength(Tranche.MaxReasonLength).WithName(_ => l["Reason"]);
    }
}
