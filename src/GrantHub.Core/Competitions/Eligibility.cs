using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;

namespace GrantHub.Core.Competitions;

/// <summary>
/// One eligibility rule checked against the organization's records: passed (true), failed (false), or not decidable
/// from the records (null: the officer takes a manual look). <see cref="Rule"/> and <see cref="Detail"/> are English
/// texts (localizer keys); <see cref="Args"/> fill the detail's placeholders (enum values and lists of them are
/// translated by the web layer).
/// </summary>
public sealed record EligibilityCheck(string Rule, bool? Passed, string Detail, IReadOnlyList<object> Args);

/// <summary>The edition's eligibility rules, checked automatically where the records allow (资格审查 aid for the officer).</summary>
public static class Eligibility
{
    public const string TypeRule = "Organization type";
    public const string YearsRule = "Years registered";
    public const string GradeRule = "Evaluation grade";
    public const string ResidencyRule = "Current or graduated resident";
    public const string InspectionRule = "Annual inspection";
    public const string VerifiedRule = "Documents verified";
    public const string BankAccountRule = "Bank account in the profile";

    private const string TypeAccepted = "{0}; the edition accepts: {1}";
    private const string TypeAny = "{0}; the edition accepts every type";
    private const string YearsKnown = "Registered on {0}; at least {1} years required";
    private const string YearsUnknown = "The profile has no registration date; at least {0} years required";
    private const string GradeDetail = "{0}; at least {1} required";
    private const string ResidencyNone = "No residency at an incubation center";
    private const string ResidencyStatuses = "Residency: {0}";
    private const string InspectionDetail = "Annual inspection: {0}";
    private const string VerifiedYes = "Verified by an incubation center on {0}";
    private const string VerifiedNo = "Not yet verified by an incubation center: compare the documents with the originals";
    private const string BankYes = "{0}, {1}";
    private const string BankNo = "The profile has no bank account: ask for one in the organization's own name";

    /// <summary>Every text a check can carry: the web layer's translation test walks them.</summary>
    public static readonly IReadOnlyList<string> Texts =
    [
        TypeRule, YearsRule, GradeRule, ResidencyRule, InspectionRule, VerifiedRule, BankAccountRule,
        TypeAccepted, TypeAny, YearsKnown, YearsUnknown, GradeDetail, ResidencyNone, ResidencyStatuses, InspectionDetail,
        VerifiedYes, VerifiedNo, BankYes, BankNo,
    ];

    public static IReadOnlyList<EligibilityCheck> Check(CompetitionEdition edition, Organization organization,
        IReadOnlyCollection<ResidencyStatus> residencies, DateOnly today)
    {
        var checks = new List<EligibilityCheck>
        {
            edition.EligibleTypesMask == 0
                ? new(TypeRule, true, TypeAny, [organization.Type])
                : new(TypeRule, edition.AcceptsType(organization.Type), TypeAccepted, [organization.Type, edition.EligibleTypes]),
        };
        if (edition.MinYearsRegistered is { } years)
        {
            checks.Add(organization.RegisteredOn is { } on
                ? new(YearsRule, on.AddYears(years) <= today, YearsKnown, [on, years])
                : new(YearsRule, null, YearsUnknown, [years]));
        }
        if (edition.MinGrade != EvaluationGrade.None)
            checks.Add(new(GradeRule, organization.Grade >= edition.MinGrade, GradeDetail, [organization.Grade, edition.MinGrade]));
        if (edition.RequiresResidency)
        {
            checks.Add(residencies.Count == 0
                ? new(ResidencyRule, false, ResidencyNone, [])
                : new(ResidencyRule, residencies.Any(s => s is ResidencyStatus.Admitted or ResidencyStatus.Graduated), ResidencyStatuses,
                    [residencies.Distinct().Order().ToList()]));
        }
        checks.Add(new(InspectionRule, organization.AnnualInspection switch
        {
            AnnualInspection.Passed => true,
            AnnualInspection.Failed => false,
            _ => null,
        }, InspectionDetail, [organization.AnnualInspection]));
        checks.Add(organization.VerifiedAt is { } verifiedAt
            ? new(VerifiedRule, true, VerifiedYes, [DateOnly.FromDateTime(ChinaTime.ToChina(verifiedAt))])
            : new(VerifiedRule, null, VerifiedNo, []));
        checks.Add(organization.BankAccountName.Length > 0 && organization.BankAccountNumber.Length > 0
            ? new(BankAccountRule, true, BankYes, [organization.BankAccountName, organization.BankName])
            : new(BankAccountRule, null, BankNo, []));
        return checks;
    }
}
