namespace GrantHub.Core.Incubation;

public enum CenterLevel
{
    Community = 0,
    City = 1,
}

/// <summary>An incubation center (孵化中心) where social organizations take up residency.</summary>
public class IncubationCenter
{
    public const int DefaultPassMark = 60;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public CenterLevel Level { get; set; }

    public string Address { get; set; } = "";

    /// <summary>Physical desks (工位) to allocate; virtual residents need none.</summary>
    public int Desks { get; set; }

    /// <summary>The total (of 100) a graduation assessment must reach.</summary>
    public int GraduationPassMark { get; set; } = DefaultPassMark;

    public List<CenterStaffMember> Staff { get; set; } = [];
}

/// <summary>A person who works at a center; they see and act on that center's records only.</summary>
public class CenterStaffMember
{
    public int CenterId { get; set; }

    public string UserId { get; set; } = "";
}
