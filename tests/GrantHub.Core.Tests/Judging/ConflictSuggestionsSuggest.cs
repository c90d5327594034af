using GrantHub.Core.Judging;

namespace GrantHub.Core.Tests.Judging;

/// <summary>Conflicts suggested from data, one kind per reason.</summary>
public sealed class ConflictSuggestionsSuggest
{
    private static readonly Guid Org = Guid.Parse("01900000-0000-7000-8000-00000000000a");
    private static readonly Guid OtherOrg = Guid.Parse("01900000-0000-7000-8000-00000000000b");
    private static readonly Guid App = Guid.Parse("01900000-0000-7000-8000-0000000000a1");
    private const int Center = 7;

    private static readonly ApplicantTies Applicant = new(App, Org, [Center]);

    private static JudgeTies Judge(Guid[]? organizations = null, int[]? centers = null, Guid[]? earlier = null) =>
        new("judge-1", organizations ?? [], centers ?? [], earlier ?? []);

    [Fact]
    public void A_member_of_the_organization_is_suggested_a_conflict()
    {
        var suggestions = ConflictSuggestions.Suggest([Judge(organizations: [Org])], [Applicant]);

        Assert.Equal([new SuggestedConflict(App, "judge-1", ConflictKind.MemberOfOrganization)], suggestions);
    }

    [Fact]
    public void Staff_of_a_center_where_the_organization_is_resident_is_suggested_a_conflict()
    {
        var suggestions = ConflictSuggestions.Suggest([Judge(centers: [3, Center])], [Applicant]);

        Assert.Equal([new SuggestedConflict(App, "judge-1", ConflictKind.StaffOfItsCenter)], suggestions);
    }

    [Fact]
    public void A_tie_declared_earlier_with_the_organization_is_suggested_again()
    {
        var suggestions = ConflictSuggestions.Suggest([Judge(earlier: [Org])], [Applicant]);

        Assert.Equal([new SuggestedConflict(App, "judge-1", ConflictKind.PriorTie)], suggestions);
    }

    [Fact]
    public void A_judge_with_no_tie_to_the_organization_gets_no_suggestion()
    {
        var judge = Judge(organizations: [OtherOrg], centers: [3], earlier: [OtherOrg]);

        Assert.Empty(ConflictSuggestions.Suggest([judge], [Applicant]));
    }

    [Fact]
    public void Every_reason_is_listed_in_order()
    {
        var judge = Judge(organizations: [Org], centers: [Center], earlier: [Org]);

        Assert.Equal([ConflictKind.MemberOfOrganization, ConflictKind.StaffOfItsCenter, ConflictKind.PriorTie],
            ConflictSuggestions.Reasons(judge, Applicant));
    }

    [Fact]
    public void Suggestions_pair_each_judge_with_each_application_whatever_the_input_order()
    {
        var app2 = new ApplicantTies(Guid.Parse("01900000-0000-7000-8000-0000000000a2"), OtherOrg, []);
        JudgeTies[] judges = [new("judge-b", [OtherOrg], [], []), new("judge-a", [], [Center], [])];

        var forward = ConflictSuggestions.Suggest(judges, [Applicant, app2]);
        var backward = ConflictSuggestions.Suggest(judges.Reverse(), [app2, Applicant]);

        Assert.Equal(
            [new SuggestedConflict(App, "judge-a", ConflictKind.StaffOfItsCenter), new SuggestedConflict(app2.ApplicationId, "judge-b", ConflictKind.MemberOfOrganization)],
            forward);
        Assert.Equal(forward, backward);
    }
}
