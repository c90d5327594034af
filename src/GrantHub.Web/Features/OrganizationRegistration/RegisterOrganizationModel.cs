using FluentValidation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Features.Organizations;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.OrganizationRegistration;

/// <summary>The short first step: the organization's identity and contact, and (for a newcomer) the account.</summary>
[ValidateNever] // FluentValidation validates; no implicit [Required] messages from MVC
public sealed class RegisterOrganizationModel : IOrganizationIdentityInput
{
    public string Name { get; set; } = "";
    public OrganizationType? Type { get; set; }
    public string CreditCode { get; set; } = "";
    public string FilingNumber { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactMobile { get; set; } = "";

    public string Email { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";

    /// <summary>Set by the controller, never by the form: a signed-in person already has an account.</summary>
    [BindNever]
    public bool WithAccount { get; set; } = true;
}

public sealed class RegisterOrganizationModelValidator : AbstractValidator<RegisterOrganizationModel>
{
    public RegisterOrganizationModelValidator(IStringLocalizer<SharedResource> l)
    {
        Include(new OrganizationIdentityValidator(l));
        When(m => m.WithAccount, () =>
        {
            RuleFor(m => m.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => l["E-mail"]);
            RuleFor(m => m.Password).NotEmpty().WithName(_ => l["Password"]);
            RuleFor(m => m.ConfirmPassword).Equal(m => m.Password).WithMessage(_ => l["The two passwords do not match."]);
        });
    }
}
