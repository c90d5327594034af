using FluentValidation;
using GrantHub.Core.Incubation;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Centers;

public sealed class CenterFormValidator : AbstractValidator<CenterForm>
{
    public CenterFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Name).NotEmpty().MaximumLength(100).WithName(_ => l["Center name"]);
        RuleFor(m => m.Level).IsInEnum().WithName(_ => l["Level"]);
        RuleFor(m => m.Address).MaximumLength(200).WithName(_ => l["Address"]);
        RuleFor(m => m.Desks).NotNull().WithMessage(_ => l["Fill in this field."]).InclusiveBetween(0, IncubationCenter.MaxDesks).WithName(_ => l["Desks"]);
        RuleFor(m => m.GraduationPassMark).NotNull().WithMessage(_ => l["Fill in this field."]).InclusiveBetween(1, 100).WithName(_ => l["Graduation pass mark"]);
    }
}

public sealed class AddStaffFormValidator : AbstractValidator<AddStaffForm>
{
    public AddStaffFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Email).NotEmpty().EmailAddress().WithName(_ => l["E-mail"]);
    }
}
