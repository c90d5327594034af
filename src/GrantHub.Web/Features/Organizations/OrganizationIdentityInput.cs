using FluentValidation;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Organizations;

/// <summary>What registration and the profile form share: who the organization is and whom to call.</summary>
public interface IOrganizationIdentityInput
{
    string Name { get; }
    OrganizationType? Type { get; }
    /// <summary>For the registered types.</summary>
    string CreditCode { get; }
    /// <summary>For a filed community organization.</summary>
    string FilingNumber { get; }
    string ContactPerson { get; }
    string ContactMobile { get; }
}

public static class OrganizationIdentityInputs
{
    /// <summary>The identifier field that counts for the chosen type, as typed.</summary>
    public static string Identifier(this IOrganizationIdentityInput input) =>
        input.Type is { } type && !type.RequiresCreditCode() ? input.FilingNumber : input.CreditCode;

    /// <summary>The field a duplicate or an invalid identifier is reported beside.</summary>
    public static string IdentifierField(this IOrganizationIdentityInput input) =>
        input.Type is { } type && !type.RequiresCreditCode() ? nameof(IOrganizationIdentityInput.FilingNumber) : nameof(IOrganizationIdentityInput.CreditCode);

    /// <summary>The credit code that would be stored (for the duplicate check), or null.</summary>
    public static string? CreditCodeToStore(this IOrganizationIdentityInput input) =>
        input.Type is { } type ? OrganizationIdentifier.CreditCodeOf(type, input.Identifier()) : null;
}

/// <summary>
/// The identity rules of both forms, with a message per credit-code problem so that the person knows what to fix.
/// Internal: included by the form validators, not registered on its own.
/// </summary>
internal sealed class OrganizationIdentityValidator : AbstractValidator<IOrganizationIdentityInput>
{
    public OrganizationIdentityValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Name).NotEmpty().MaximumLength(100).WithName(_ => l["Organization name"]);
        RuleFor(m => m.Type).NotNull().WithMessage(_ => l["Choose the type of organization."]).IsInEnum().WithName(_ => l["Type of organization"]);
        RuleFor(m => m.CreditCode).Custom((code, context) =>
        {
            if (context.InstanceToValidate.Type is not { } type || !type.RequiresCreditCode()) return;
            if (CreditCode.Check(code, out var normalized) is { } problem)
                context.AddFailure(nameof(IOrganizationIdentityInput.CreditCode), CreditCodeMessages.For(problem, normalized, l));
        });
        RuleFor(m => m.FilingNumber)
            .NotEmpty().WithMessage(_ => l["Enter the filing number (备案编号) the street office gave the organization."])
            .MaximumLength(OrganizationIdentifier.FilingNumberMaxLength).WithName(_ => l["Filing number"])
            .When(m => m.Type == OrganizationType.CommunityOrganization);
        RuleFor(m => m.ContactPerson).NotEmpty().MaximumLength(50).WithName(_ => l["Contact person"]);
        RuleFor(m => m.ContactMobile).NotEmpty().WithName(_ => l["Contact mobile"])
            .Must(MainlandMobile.IsValid).WithMessage(_ => l["Enter a mainland mobile number of 11 digits, e.g. 13912345678."]);
    }
}

public static class CreditCodeMessages
{
    /// <summary>What is wrong with a credit code, in words that say what to fix.</summary>
    public static string For(CreditCodeProblem problem, string normalized, IStringLocalizer l) => problem switch
    {
        CreditCodeProblem.Empty => l["Enter the organization's 18-character unified social credit code."],
        CreditCodeProblem.WrongLength => l["A unified social credit code has 18 characters; this one has {0}.", normalized.Length],
        CreditCodeProblem.ForbiddenCharacter => l["The credit code cannot contain \"{0}\": it uses digits and capital letters only, never I, O, S, V or Z.",
            normalized.First(c => CreditCode.Charset.IndexOf(c) < 0)],
        CreditCodeProblem.RegionNotDigits => l["Characters 3 to 8 of the credit code are the region code and must be digits."],
        _ => l["The last character of the credit code does not match the others: compare every character with the registration certificate."],
    };

    public static string Duplicate(IStringLocalizer l) =>
        l["An organization with this credit code is already registered. To join it, ask its owner to invite you by e-mail."];
}
