namespace GrantHub.Core.Auditing;

/// <summary>Who is making the change: the signed-in person, or the system for jobs and seeding.</summary>
public interface ICurrentActor
{
    string? UserId { get; }

    string UserName { get; }
}

public sealed class SystemActor : ICurrentActor
{
    public static readonly SystemActor Instance = new();

    public string? UserId => null;

    public string UserName => "system";
}
