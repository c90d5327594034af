namespace GrantHub.Core.Auditing;

/// <summary>One change to money, a decision, a score or a role: who, when, what, before and after.</summary>
public class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string UserName { get; set; } = "";

    /// <summary>Added, Modified or Deleted.</summary>
    public string Action { get; set; } = "";

    public string EntityType { get; set; } = "";

    public string EntityKey { get; set; } = "";

    /// <summary>JSON of the changed properties before the change; null for an addition.</summary>
    public string? Before { get; set; }

    /// <summary>JSON of the changed properties after the change; null for a deletion.</summary>
    public string? After { get; set; }
}
