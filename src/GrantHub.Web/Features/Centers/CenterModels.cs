using GrantHub.Core.Incubation;

namespace GrantHub.Web.Features.Centers;

public sealed record CenterRow(int Id, string Name, CenterLevel Level, string Address, int Desks, int DesksUsed, int InResidence,
    int StaffCount, int PassMark);

/// <summary>The create and edit page: the center's settings, and (once it exists) its staff.</summary>
public sealed class CenterEditPage
{
    /// <summary>Null while creating.</summary>
    public int? Id { get; init; }

    public CenterForm Form { get; set; } = new();

    public AddStaffForm Staff { get; set; } = new();

    public IReadOnlyList<StaffRow> StaffMembers { get; init; } = [];

    public int DesksInUse { get; init; }

    public int? HighestDeskInUse { get; init; }
}

/// <summary>Nullable fields: a cleared input arrives empty and the validator says so in the person's language.</summary>
public sealed class CenterForm
{
    public string? Name { get; set; }
    public CenterLevel Level { get; set; }
    public string? Address { get; set; }
    public int? Desks { get; set; } = 0;
    public int? GraduationPassMark { get; set; } = IncubationCenter.DefaultPassMark;
}

public sealed class AddStaffForm
{
    public string? Email { get; set; }
}

public sealed record StaffRow(string UserId, string DisplayName, string Email);
