using FluentValidation;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Residencies;

public sealed class ApplyFormValidator : AbstractValidator<ApplyForm>
{
    public ApplyFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.CenterId).NotNull().WithMessage(_ => l["Choose a center."]).GreaterThan(0).WithMessage(_ => l["Choose a center."]);
        RuleFor(m => m.Needs).NotEmpty().MaximumLength(2000).WithName(_ => l["What you need from the center"]);
    }
}
