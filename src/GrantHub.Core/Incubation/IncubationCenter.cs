namespace GrantHub.Core.Incubation;

public enum CenterLevel
{
    Community = 0,
    City = 1,
}

/// <summary>An incubation center (孵化中心) where social organizations take up residency.</summary>
public class IncubationCenter
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public CenterLevel Level { get; set; }

    public string Address { get; set; } = "";
}
