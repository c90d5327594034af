namespace GrantHub.Core.Incubation;

/// <summary>Graduation certificate numbers: 出壳证书 FH-{year}-{center}-{sequence}, unique by index.</summary>
public static class Certificates
{
    public static string Number(int year, int centerId, int sequence) => $"FH-{year}-{centerId:D2}-{sequence:D4}";
}
