using GrantHub.Web.Composition;

namespace GrantHub.Web.Features.Admin;

public sealed record UserRow(string Id, string DisplayName, string Email, string? Mobile, IReadOnlyList<string> Roles, bool LockedOut);

public sealed record UsersPage(string? Query, string? Role, Page<UserRow> Users);

public sealed record UserRolesView(string Id, string DisplayName, string Email, string? Mobile, DateTime CreatedAt,
    IReadOnlySet<string> Roles, int AccessFailedCount, DateTime? LockoutEnd);

public sealed class RoleChangeModel
{
    public string Role { get; set; } = "";
    public bool Grant { get; set; }
}

public sealed record AuditRow(long Id, DateTime At, string UserName, string Action, string EntityType, string EntityKey, string? Before, string? After);

public sealed record AuditPage(string? EntityType, string? UserName, IReadOnlyList<string> EntityTypes, Page<AuditRow> Entries);
