using FluentValidation;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Shortlist;

public sealed class TopFormValidator : AbstractValidator<TopForm>
{
    public TopFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Count).NotNull().WithMessage(_ => l["Fill in this field."])
            .InclusiveBetween(1, 1000).WithName(_ => l["Number of applications"]);
    }
}

public sealed class PickFormValidator : AbstractValidator<PickForm>
{
    public PickFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.ApplicationIds).NotEmpty().WithMessage(_ => l["Tick at least one application."]);
    }
}
