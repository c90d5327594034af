using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Account;

/// <summary>Identity's error messages in the person's language (zh-CN by default).</summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<SharedResource> l) : IdentityErrorDescriber
{
    private static IdentityError E(string code, string description) => new() { Code = code, Description = description };

    public override IdentityError DefaultError() => E(nameof(DefaultError), l["Something went wrong. Please try again."]);
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), l["Someone else changed this record. Reload the page and try again."]);
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), l["The password is not correct."]);
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), l["This link is invalid or has expired. Request a new one."]);
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), l["This login is already linked to another account."]);
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), l["The e-mail address {0} cannot be used as a sign-in name.", userName ?? ""]);
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), l["The e-mail address {0} is not valid.", email ?? ""]);
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), l["An account with the e-mail address {0} already exists.", userName]);
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), l["An account with the e-mail address {0} already exists.", email]);
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), l["The role {0} does not exist.", role ?? ""]);
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), l["The role {0} already exists.", role]);
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), l["This account already has a password."]);
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), l["Lockout is not enabled for this account."]);
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), l["The person already holds the role {0}.", role]);
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), l["The person does not hold the role {0}.", role]);
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), l["The password must be at least {0} characters long.", length]);
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), l["The password must use at least {0} different characters.", uniqueChars]);
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), l["The password must contain a symbol."]);
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), l["The password must contain a digit."]);
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), l["The password must contain a lower-case letter."]);
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), l["The password must contain an upper-case letter."]);
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), l["The recovery code is not valid."]);
}
