using GrantHub.Core.Incubation;

namespace GrantHub.Web.Features.Bureau;

/// <summary>One center's figures, side by side with the others, all counted from the records.</summary>
public sealed record CenterFigures(int Id, string Name, CenterLevel Level, int InResidence, int Waiting, int Overdue,
    int GraduatedThisYear, int GraduatedInAll, int DesksUsed, int Desks, int ServicesThisMonth, int ServiceMinutesThisMonth);

public sealed record BureauCentersPage(IReadOnlyList<CenterFigures> Centers, int Year, DateOnly Today)
{
    public CenterFigures Total => new(0, "", CenterLevel.City, Centers.Sum(c => c.InResidence), Centers.Sum(c => c.Waiting),
        Centers.Sum(c => c.Overdue), Centers.Sum(c => c.GraduatedThisYear), Centers.Sum(c => c.GraduatedInAll), Centers.Sum(c => c.DesksUsed),
        Centers.Sum(c => c.Desks), Centers.Sum(c => c.ServicesThisMonth), Centers.Sum(c => c.ServiceMinutesThisMonth));
}
