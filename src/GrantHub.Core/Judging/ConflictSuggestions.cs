namespace GrantHub.Core.Judging;

/// <summary>What the data says about one judge's ties.</summary>
/// <param name="OrganizationIds">Organizations the judge is a member of.</param>
/// <param name="CenterIds">Incubation centers the judge works at.</param>
/// <param name="EarlierConflictOrganizationIds">Organizations the judge declared a conflict with before, on any of
/// their applications, in any edition.</param>
public sealed record JudgeTies(
    string UserId,
    IReadOnlyCollection<Guid> OrganizationIds,
    IReadOnlyCollection<int> CenterIds,
    IReadOnlyCollection<Guid> EarlierConflictOrganizationIds);

/// <summary>An application and its organization's ties.</summary>
/// <param name="ResidencyCenterIds">Centers where the organization is or was resident.</param>
public sealed record ApplicantTies(Guid ApplicationId, Guid OrganizationId, IReadOnlyCollection<int> ResidencyCenterIds);

/// <summary>A conflict the data suggests; the judge sees it when declaring, and the planner keeps them apart.</summary>
public sealed record SuggestedConflict(Guid ApplicationId, string JudgeUserId, ConflictKind Kind);

/// <summary>
/// Suggests conflicts of interest (回避) from data: the judge is a member of the organization, works at a center
/// where it is resident, or declared a tie with it before. Pure: the caller loads the facts.
/// </summary>
public static class ConflictSuggestions
{
    /// <summary>
    /// Every suggested conflict between the judges and the applications, one per reason (a judge who is both a member
    /// and staff of its center gets two), ordered by application, judge and kind.
    /// </summary>
    public static IReadOnlyList<SuggestedConflict> Suggest(IEnumerable<JudgeTies> judges, IEnumerable<ApplicantTies> applications)
    {
        var judgeList = judges.OrderBy(j => j.UserId, StringComparer.Ordinal).ToList();
        var result = new List<SuggestedConflict>();
        foreach (var application in applications.OrderBy(a => a.ApplicationId))
            foreach (var judge in judgeList)
                foreach (var kind in Reasons(judge, application))
                    result.Add(new SuggestedConflict(application.ApplicationId, judge.UserId, kind));
        return result;
    }

    /// <summary>The reasons one judge should stay off one application, in the order of <see cref="ConflictKind"/>.</summary>
    public static IReadOnlyList<ConflictKind> Reasons(JudgeTies judge, ApplicantTies application)
    {
        var reasons = new List<ConflictKind>();
        if (judge.OrganizationIds.Contains(application.OrganizationId)) reasons.Add(ConflictKind.MemberOfOrganization);
        if (judge.CenterIds.Any(application.ResidencyCenterIds.Contains)) reasons.Add(ConflictKind.StaffOfItsCenter);
        if (judge.EarlierConflictOrganizationIds.Contains(application.OrganizationId)) reasons.Add(ConflictKind.PriorTie);
        return reasons;
    }
}
