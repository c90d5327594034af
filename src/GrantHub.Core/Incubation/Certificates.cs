namespace GrantHub.Core.Incubation;

/// <summary>Graduation certificate numbers: 出壳证书 FH-{year}-{center}-{sequence}, unique by index.</summary>
public static class Certificates
{
    public static string Number(int year, int centerId, int sequence) => Prefix(year, centerId) + sequence.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>What every number of one center and year starts with: counting them gives the next sequence.</summary>
    public static string Prefix(int year, int centerId) => $"FH-{year}-{centerId:D2}-";
}
