namespace GrantHub.Core.Incubation;

/// <summary>Desks are numbered 1..N per center; a new resident gets the lowest free one. A unique index backs it.</summary>
public static class DeskAllocation
{
    public static int? FirstFree(int desks, IEnumerable<int> taken)
    {
        var used = taken.ToHashSet();
        for (var desk = 1; desk <= desks; desk++)
        {
            if (!used.Contains(desk)) return desk;
        }
        return null;
    }
}
