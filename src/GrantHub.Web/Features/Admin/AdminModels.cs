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

public sealed record AuditRow(long Id, DateTime At, string UserName, string Action, string EntityType, string EntityKey, string? Before, string? After)
{
    /// <summary>The changed fields side by side, read from the stored JSON; the concurrency version is left out as noise.</summary>
    public IReadOnlyList<AuditField> Fields => AuditField.Compare(Before, After);
}

public sealed record AuditField(string Name, string? Before, string? After)
{
    public static IReadOnlyList<AuditField> Compare(string? beforeJson, string? afterJson)
    {
        var before = Parse(beforeJson);
        var after = Parse(afterJson);
        return before.Keys.Union(after.Keys)
            .Where(k => k != "Version")
            .Select(k => new AuditField(k, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .ToList();
    }

    private static Dictionary<string, string?> Parse(string? json)
    {
        if (string.IsNullOrEmpty(json)) return [];
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(json);
            return doc.RootElement.EnumerateObject().ToDictionary(p => p.Name,
                p => p.Value.ValueKind == System.Text.Json.JsonValueKind.Null ? null
                    : p.Value.ValueKind == System.Text.Json.JsonValueKind.String ? p.Value.GetString() : p.Value.GetRawText());
        }
        catch (System.Text.Json.JsonException)
        {
            return new() { ["?"] = json };
        }
    }
}

public sealed record AuditPage(string? EntityType, string? UserName, IReadOnlyList<string> EntityTypes, Page<AuditRow> Entries);
