using Microsoft.AspNetCore.Identity;

namespace GrantHub.Core.Identity;

/// <summary>A person who signs in. Signs in by e-mail; the mainland mobile is kept in <see cref="IdentityUser.PhoneNumber"/>, normalized.</summary>
public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}
