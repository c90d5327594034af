using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Features.Organizations;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.MyOrganization;

/// <summary>"My organization": the profile and what is next, or (without one) how to get one.</summary>
public sealed record MyOrganizationPage(OrganizationProfile? Profile, bool IsOwner, string UserId, IReadOnlyList<OpenInvitationRow> Invitations);

/// <summary>An open invitation addressed to the signed-in person.</summary>
public sealed record OpenInvitationRow(string Token, string OrganizationName, DateTime ExpiresAt);

/// <summary>Every field of the profile, edited by the owner; <see cref="Version"/> detects a concurrent change.</summary>
[ValidateNever] // FluentValidation validates; no implicit [Required] messages from MVC
public sealed class OrganizationProfileModel : IOrganizationIdentityInput
{
    public string Name { get; set; } = "";
    public OrganizationType? Type { get; set; }
    public string CreditCode { get; set; } = "";
    public string FilingNumber { get; set; } = "";
    public string ContactPerson { get; set; } = "";
    public string ContactMobile { get; set; } = "";
    public string RegistrationAuthority { get; set; } = "";
    public DateOnly? RegisteredOn { get; set; }
    public string LegalRepresentative { get; set; } = "";
    public string Address { get; set; } = "";
    public List<ServiceField> ServiceFields { get; set; } = [];
    public int? StaffCount { get; set; }
    public int? VolunteerCount { get; set; }
    public EvaluationGrade Grade { get; set; }
    public AnnualInspection AnnualInspection { get; set; }
    public string Introduction { get; set; } = "";
    public string BankAccountName { get; set; } = "";
    public string BankName { get; set; } = "";
    public string BankAccountNumber { get; set; } = "";
    public long Version { get; set; }

    /// <summary>Shown beside the identity fields: changing them withdraws the verification.</summary>
    public bool IsVerified { get; set; }

    public static OrganizationProfileModel From(Organization o) => new()
    {
        Name = o.Name,
        Type = o.Type,
        CreditCode = o.Type.RequiresCreditCode() ? o.CreditCode ?? "" : "",
        FilingNumber = o.Type.RequiresCreditCode() ? "" : o.FilingNumber ?? o.CreditCode ?? "",
        ContactPerson = o.ContactPerson,
        ContactMobile = o.ContactMobile,
        RegistrationAuthority = o.RegistrationAuthority,
        RegisteredOn = o.RegisteredOn,
        LegalRepresentative = o.LegalRepresentative,
        Address = o.Address,
        ServiceFields = o.ServiceFields.Split().ToList(),
        StaffCount = o.StaffCount,
        VolunteerCount = o.VolunteerCount,
        Grade = o.Grade,
        AnnualInspection = o.AnnualInspection,
        Introduction = o.Introduction,
        BankAccountName = o.BankAccountName,
        BankName = o.BankName,
        BankAccountNumber = o.BankAccountNumber,
        Version = o.Version,
        IsVerified = o.IsVerified,
    };

    /// <summary>Everything but the identity and the contact, which go through their rules on the entity.</summary>
    public void CopyDetailsTo(Organization o)
    {
        static string T(string? s) => (s ?? "").Trim();
        o.RegistrationAuthority = T(RegistrationAuthority);
        o.RegisteredOn = RegisteredOn;
        o.LegalRepresentative = T(LegalRepresentative);
        o.Address = T(Address);
        o.ServiceFields = (ServiceFields ?? []).Aggregate(ServiceField.None, (all, f) => all | f);
        o.StaffCount = StaffCount;
        o.VolunteerCount = VolunteerCount;
        o.Grade = Grade;
        o.AnnualInspection = AnnualInspection;
        o.Introduction = T(Introduction);
        o.BankAccountName = T(BankAccountName);
        o.BankName = T(BankName);
        o.BankAccountNumber = T(BankAccountNumber);
    }
}

public sealed class OrganizationProfileModelValidator : AbstractValidator<OrganizationProfileModel>
{
    public OrganizationProfileModelValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        Include(new OrganizationIdentityValidator(l));
        RuleFor(m => m.RegistrationAuthority).MaximumLength(100).WithName(_ => l["Registration authority"]);
        RuleFor(m => m.RegisteredOn).Must(d => d is null || (d.Value.Year >= 1949 && d.Value <= ChinaTime.Today(clock)))
            .WithMessage(_ => l["The registration date cannot be in the future."]);
        RuleFor(m => m.LegalRepresentative).MaximumLength(50).WithName(_ => l["Legal representative"]);
        RuleFor(m => m.Address).MaximumLength(200).WithName(_ => l["Address"]);
        RuleForEach(m => m.ServiceFields).Must(f => ServiceFields.All.Contains(f)).WithMessage(_ => l["Choose service fields from the list."]);
        RuleFor(m => m.StaffCount).InclusiveBetween(0, 100_000).WithName(_ => l["Staff count"]);
        RuleFor(m => m.VolunteerCount).InclusiveBetween(0, 1_000_000).WithName(_ => l["Volunteer count"]);
        RuleFor(m => m.Grade).IsInEnum().WithName(_ => l["Evaluation grade"]);
        RuleFor(m => m.AnnualInspection).IsInEnum().WithName(_ => l["Annual inspection"]);
        RuleFor(m => m.Introduction).MaximumLength(2000).WithName(_ => l["Introduction"]);
        RuleFor(m => m.BankAccountName).MaximumLength(100).WithName(_ => l["Account name"]);
        RuleFor(m => m.BankName).MaximumLength(100).WithName(_ => l["Bank"]);
        RuleFor(m => m.BankAccountNumber).MaximumLength(40).WithName(_ => l["Account number"])
            .Matches(@"^[0-9 \-]*$").WithMessage(_ => l["An account number has digits only (spaces and hyphens are allowed)."]);
    }
}

/// <summary>The members page: who belongs, who is invited, and (for the owner) the invitation form.</summary>
public sealed class MembersPage
{
    public required OrganizationProfile Profile { get; init; }
    public required IReadOnlyList<InvitationRow> OpenInvitations { get; init; }
    public bool IsOwner { get; init; }
    public string UserId { get; init; } = "";

    /// <summary>The invitation form's field, kept when the form is shown again with an error.</summary>
    public string Email { get; set; } = "";
}

public sealed record InvitationRow(Guid Id, string Email, DateTime CreatedAt, DateTime ExpiresAt);

[ValidateNever] // FluentValidation validates; no implicit [Required] messages from MVC
public sealed class InviteMemberModel
{
    public string Email { get; set; } = "";
}

public sealed class InviteMemberModelValidator : AbstractValidator<InviteMemberModel>
{
    public InviteMemberModelValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => l["E-mail"]);
    }
}

[ValidateNever] // FluentValidation validates; no implicit [Required] messages from MVC
public sealed class MemberActionModel
{
    public string UserId { get; set; } = "";
}

public enum InvitationState
{
    NotFound,
    Used,
    Withdrawn,
    Expired,
    /// <summary>Not signed in: sign in, or create an account with the invited address.</summary>
    SignInOrRegister,
    WrongAccount,
    AlreadyMember,
    InAnotherOrganization,
    CanAccept,
}

/// <summary>What the invitation link shows, and the account form for a newcomer.</summary>
public sealed class InvitationPage
{
    public InvitationState State { get; set; }
    public string Token { get; set; } = "";
    public string OrganizationName { get; set; } = "";
    public string InvitedBy { get; set; } = "";
    public string InvitedEmail { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
    public string SignedInAs { get; set; } = "";

    public string DisplayName { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

/// <summary>A newcomer's account, made from the invitation: the address is the invited one.</summary>
[ValidateNever] // FluentValidation validates; no implicit [Required] messages from MVC
public sealed class InvitationAccountModel
{
    public string DisplayName { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Password { get; set; } = "";
    public string ConfirmPassword { get; set; } = "";
}

public sealed class InvitationAccountModelValidator : AbstractValidator<InvitationAccountModel>
{
    public InvitationAccountModelValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.DisplayName).NotEmpty().MaximumLength(50).WithName(_ => l["Your name"]);
        RuleFor(m => m.Mobile).NotEmpty().WithName(_ => l["Mobile number"])
            .Must(MainlandMobile.IsValid).WithMessage(_ => l["Enter a mainland mobile number of 11 digits, e.g. 13912345678."]);
        RuleFor(m => m.Password).NotEmpty().WithName(_ => l["Password"]);
        RuleFor(m => m.ConfirmPassword).Equal(m => m.Password).WithMessage(_ => l["The two passwords do not match."]);
    }
}
