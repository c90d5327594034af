using GrantHub.Core.Competitions;

namespace GrantHub.Web.Features.Competitions;

/// <summary>Where an edition stands for the people reading it: a draft, published and not open yet, open, or closed.</summary>
public enum EditionPhase
{
    Draft,
    Upcoming,
    Open,
    Closed,
}

public static class EditionPhases
{
    /// <summary>
    /// By China-time calendar day, which is the same as <see cref="CompetitionEdition.IsOpen"/> by instant: open from
    /// the start of the opening day to the end of the closing day.
    /// </summary>
    public static EditionPhase Of(EditionStatus status, DateOnly opensOn, DateOnly closesOn, DateOnly today) =>
        status != EditionStatus.Published ? EditionPhase.Draft
        : today < opensOn ? EditionPhase.Upcoming
        : today <= closesOn ? EditionPhase.Open
        : EditionPhase.Closed;
}

/// <summary>What the phase badge needs: the phase and the dates it names.</summary>
public sealed record PhaseBadge(EditionPhase Phase, DateOnly OpensOn, DateOnly ClosesOn);
