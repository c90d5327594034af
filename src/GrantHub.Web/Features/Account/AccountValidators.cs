using FluentValidation;
using GrantHub.Core.Identity;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Account;

public sealed class LoginModelValidator : AbstractValidator<LoginModel>
{
    public LoginModelValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Email).NotEmpty().EmailAddress().WithName(_ => l["E-mail"]);
        RuleFor(m => m.Password).NotEmpty().WithName(_ => l["Password"]);
    }
}

public sealed class RegisterModelValidator : AbstractValidator<RegisterModel>
{
    public RegisterModelValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.DisplayName).NotEmpty().MaximumLength(50).WithName(_ => l["Your name"]);
        RuleFor(m => m.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => l["E-mail"]);
        RuleFor(m => m.Mobile).NotEmpty().WithName(_ => l["Mobile number"])
            .Must(MainlandMobile.IsValid).WithMessage(_ => l["Enter a mainland mobile number of 11 digits, e.g. 13912345678."]);
        RuleFor(m => m.Password).NotEmpty().WithName(_ => l["Password"]);
        RuleFor(m => m.ConfirmPassword).Equal(m => m.Password).WithMessage(_ => l["The two passwords do not match."]);
    }
}

public sealed class ForgotPasswordModelValidator : AbstractValidator<ForgotPasswordModel>
{
    public ForgotPasswordModelValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Email).NotEmpty().EmailAddress().WithName(_ => l["E-mail"]);
    }
}

public sealed class ResetPasswordModelValidator : AbstractValidator<ResetPasswordModel>
{
    public ResetPasswordModelValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Email).NotEmpty().EmailAddress().WithName(_ => l["E-mail"]);
        RuleFor(m => m.Token).NotEmpty().WithMessage(_ => l["This link is invalid or has expired. Request a new one."]);
        RuleFor(m => m.Password).NotEmpty().WithName(_ => l["New password"]);
        RuleFor(m => m.ConfirmPassword).Equal(m => m.Password).WithMessage(_ => l["The two passwords do not match."]);
    }
}
