namespace GrantHub.Core.Data;

/// <summary>The value of the <c>Database:Provider</c> setting.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
