using Microsoft.AspNetCore.Identity;

namespace GrantHub.Core.Identity;

/// <summary>A person who signs in. Signs in by e-mail; the mainland mobile is kept in <see cref="IdentityUser.PhoneNumber"/>, normalized.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>The language of e-mails and reminders sent to this person ("zh-CN" or "en"); zh-CN by default.</summary>
    public string PreferredCulture { get; set; } = "zh-CN";

    /// <summary>Turns off e-mail for reminders that are not essential (overdue ones are always e-mailed).</summary>
    public bool MutesOptionalReminderEmail { get; set; }

    /// <summary>
    /// A new person: the e-mail is the sign-in name; the mobile is kept normalized (null when none is given).
    /// <paramref name="emailConfirmed"/> when a link sent to that mailbox brought them here.
    /// </summary>
    public static AppUser Create(string email, string displayName, string? mobile, DateTime now, bool emailConfirmed = false)
    {
        var address = email.Trim();
        return new AppUser
        {
            UserName = address,
            Email = address,
            EmailConfirmed = emailConfirmed,
            DisplayName = displayName.Trim(),
            PhoneNumber = MainlandMobile.Normalize(mobile),
            CreatedAt = now,
        };
    }
}
