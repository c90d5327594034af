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
    public const int MaxDesks = 999;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public CenterLevel Level { get; set; }

    public string Address { get; set; } = "";

    /// <summary>Physical desks (工位) to allocate; virtual residents need none.</summary>
    public int Desks { get; set; }

    /// <summary>The total (of 100) a graduation assessment must reach.</summary>
    public int GraduationPassMark { get; set; } = DefaultPassMark;

    public List<CenterStaffMember> Staff { get; set; } = [];

    /// <summary>
    /// Changes the number of desks. Desks are numbered 1..N, so the center cannot shrink below the highest desk a
    /// resident holds: that resident would sit at a desk that no longer exists.
    /// </summary>
    public void ChangeDesks(int desks, IEnumerable<int> desksInUse)
    {
        if (desks is < 0 or > MaxDesks) throw new DomainException("A center has between 0 and {0} desks.", MaxDesks);
        var used = desksInUse.ToList();
        if (used.Count > 0 && used.Max() > desks)
            throw new DomainException("{0} desks are in use, up to desk number {1}: the center cannot have fewer than {1} desks until they are released.",
                used.Count, used.Max());
        Desks = desks;
    }

    /// <summary>The pass mark of graduation assessments, out of 100.</summary>
    public void ChangePassMark(int passMark)
    {
        if (passMark is < 1 or > 100) throw new DomainException("The pass mark is between 1 and 100.");
        GraduationPassMark = passMark;
    }
}

/// <summary>A person who works at a center; they see and act on that center's records only.</summary>
public class CenterStaffMember
{
    public int CenterId { get; set; }

    public string UserId { get; set; } = "";
}
