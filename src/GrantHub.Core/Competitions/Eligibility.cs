using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;

namespace GrantHub.Core.Competitions;

/// <summary>One eligibility rule checked against the organization's records: passed, failed, or not checkable from data.</summary>
public sealed record EligibilityCheck(string Rule, bool? Passed, string Detail);

/// <summary>The edition's eligibility rules, checked automatically where the records allow (资格审查 aid for the officer).</summary>
public static class Eligibility
{
    public static IReadOnlyList<EligibilityCheck> Check(CompetitionEdition edition, Organization organization,
        IReadOnlyCollection<ResidencyStatus> residencies, DateOnly today)
    {
        var checks = new List<EligibilityCheck>
        {
            new("Organization type", edition.AcceptsType(organization.Type), organization.Type.ToString()),
        };
        if (edition.MinYearsRegistered is { } years)
        {
            checks.Add(organization.RegisteredOn is { } on
                ? new("Years registered", on.AddYears(years) <= today, on.ToString("yyyy-MM-dd"))
                : new("Years registered", null, "Registration date not in the profile"));
        }
        if (edition.MinGrade != EvaluationGrade.None)
            checks.Add(new("Evaluation grade", organization.Grade >= edition.MinGrade, organization.Grade.ToString()));
        if (edition.RequiresResidency)
            checks.Add(new("Current or graduated resident",
                residencies.Any(s => s is ResidencyStatus.Admitted or ResidencyStatus.Graduated), string.Join(",", residencies)));
        checks.Add(new("Annual inspection", organization.AnnualInspection switch
        {
            AnnualInspection.Passed => true,
            AnnualInspection.Failed => false,
            _ => null,
        }, organization.AnnualInspection.ToString()));
        return checks;
    }
}
