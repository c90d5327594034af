using GrantHub.Core.Competitions;
using GrantHub.Core.Funding;
using GrantHub.Core.Incubation;
using GrantHub.Core.Judging;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Organizations;

namespace GrantHub.Web.Features.Shared;

/// <summary>
/// The English label (the localizer key) of every enum value a person reads. A test fails when an enum value in this
/// list has no label, or a label no zh-CN translation.
/// </summary>
public static class EnumLabels
{
    public static readonly Type[] Enums =
    [
        typeof(OrganizationType), typeof(ServiceField), typeof(EvaluationGrade), typeof(AnnualInspection),
        typeof(CenterLevel), typeof(ResidencyStatus), typeof(Placement), typeof(AssessmentKind), typeof(ServiceType),
        typeof(ApplicationStatus), typeof(FundsSource),
        typeof(EditionStatus), typeof(AggregationMethod),
        typeof(ConflictKind), typeof(ScoreSheetStatus),
        typeof(DecisionOutcome), typeof(TieBreak),
        typeof(GrantKind), typeof(GrantStatus), typeof(TrancheStatus), typeof(TrancheTrigger), typeof(TrancheTemplate),
        typeof(ClawbackStatus), typeof(EvaluationKind),
    ];

    private static readonly Dictionary<Enum, string> Labels = new()
    {
        [OrganizationType.SocialGroup] = "Social group",
        [OrganizationType.SocialServiceOrganization] = "Social service organization",
        [OrganizationType.Foundation] = "Foundation",
        [OrganizationType.CommunityOrganization] = "Community social organization (filed)",
        [ServiceField.ElderlyCare] = "Elderly care",
        [ServiceField.Youth] = "Children and youth",
        [ServiceField.Disability] = "Disability support",
        [ServiceField.CommunityGovernance] = "Community governance",
        [ServiceField.PovertyRelief] = "Help for families in difficulty",
        [ServiceField.Culture] = "Culture",
        [ServiceField.Education] = "Education",
        [ServiceField.Health] = "Health",
        [ServiceField.Environment] = "Environment",
        [ServiceField.Volunteering] = "Volunteering",
        [EvaluationGrade.None] = "Not graded",
        [EvaluationGrade.A1] = "1A",
        [EvaluationGrade.A2] = "2A",
        [EvaluationGrade.A3] = "3A",
        [EvaluationGrade.A4] = "4A",
        [EvaluationGrade.A5] = "5A",
        [AnnualInspection.Unknown] = "Not reported",
        [AnnualInspection.Passed] = "Passed",
        [AnnualInspection.Failed] = "Failed",
        [CenterLevel.Community] = "Community level",
        [CenterLevel.City] = "City level",
        [ResidencyStatus.Applied] = "Applied",
        [ResidencyStatus.UnderReview] = "Under review",
        [ResidencyStatus.Admitted] = "In residence",
        [ResidencyStatus.Graduated] = "Graduated",
        [ResidencyStatus.Exited] = "Exited early",
        [ResidencyStatus.Rejected] = "Not admitted",
        [Placement.Desk] = "Desk at the center",
        [Placement.Virtual] = "Virtual residency",
        [AssessmentKind.Capacity] = "Capacity assessment",
        [AssessmentKind.Graduation] = "Graduation assessment",
        [ServiceType.Training] = "Training",
        [ServiceType.Mentoring] = "Mentoring",
        [ServiceType.Space] = "Space",
        [ServiceType.RegistrationHelp] = "Registration help",
        [ServiceType.ActivitySubsidy] = "Activity subsidy",
        [ServiceType.Other] = "Other",
        [ApplicationStatus.Draft] = "Draft",
        [ApplicationStatus.Submitted] = "Submitted",
        [ApplicationStatus.Withdrawn] = "Withdrawn",
        [ApplicationStatus.Eligible] = "Passed eligibility screening",
        [ApplicationStatus.Ineligible] = "Not eligible",
        [FundsSource.Fiscal] = "Fiscal funds",
        [FundsSource.Matching] = "Matching funds",
        [EditionStatus.Draft] = "Draft",
        [EditionStatus.Published] = "Published",
        [AggregationMethod.Mean] = "Plain mean",
        [AggregationMethod.TrimmedMean] = "Trimmed mean (drop the highest and lowest of 5 or more)",
        [AggregationMethod.NormalizedMean] = "Normalized mean (each judge's scores as z-scores)",
        [ConflictKind.MemberOfOrganization] = "Member of the organization",
        [ConflictKind.StaffOfItsCenter] = "Staff of its incubation center",
        [ConflictKind.PriorTie] = "Declared a tie with it before",
        [ConflictKind.Other] = "Other tie",
        [ScoreSheetStatus.Draft] = "Draft",
        [ScoreSheetStatus.Submitted] = "Submitted",
        [DecisionOutcome.NotSelected] = "Not selected",
        [DecisionOutcome.Funded] = "Funded",
        [DecisionOutcome.Awarded] = "Awarded",
        [TieBreak.None] = "No tie",
        [TieBreak.CriterionAverage] = "Tie broken by the deciding criterion's average",
        [TieBreak.ScoreCount] = "Tie broken by the number of scores",
        [TieBreak.SubmittedAt] = "Tie broken by the earlier submission",
        [TieBreak.ApplicationId] = "Tie broken by the application number",
        [GrantKind.Funding] = "Project grant",
        [GrantKind.Award] = "Award",
        [GrantStatus.AwaitingAgreement] = "Awaiting agreement",
        [GrantStatus.AgreementDrafted] = "Agreement awaiting confirmation",
        [GrantStatus.InProgress] = "In progress",
        [GrantStatus.Completed] = "Completed",
        [GrantStatus.Stopped] = "Stopped",
        [TrancheStatus.Planned] = "Planned",
        [TrancheStatus.Eligible] = "Payable",
        [TrancheStatus.Requested] = "Requested",
        [TrancheStatus.Approved] = "Approved",
        [TrancheStatus.Paid] = "Paid",
        [TrancheStatus.Cancelled] = "Cancelled",
        [TrancheTrigger.AgreementSigned] = "On signing the agreement",
        [TrancheTrigger.MidtermPassed] = "After passing the mid-term evaluation",
        [TrancheTrigger.FinalPassed] = "After passing the final evaluation",
        [TrancheTrigger.OnDate] = "On a date",
        [TrancheTrigger.ResultsFinal] = "Once the results are final",
        [TrancheTemplate.FiftyThirtyTwenty] = "50% / 30% / 20%",
        [TrancheTemplate.SixtyForty] = "60% / 40%",
        [TrancheTemplate.Single] = "One payment",
        [TrancheTemplate.CustomPercentages] = "Custom percentages",
        [TrancheTemplate.CustomAmounts] = "Custom amounts",
        [ClawbackStatus.Requested] = "Return requested",
        [ClawbackStatus.Returned] = "Returned",
        [ClawbackStatus.Withdrawn] = "Withdrawn",
        [EvaluationKind.Midterm] = "Mid-term evaluation",
        [EvaluationKind.Final] = "Final evaluation",
    };

    public static string Of(Enum value) => Labels.GetValueOrDefault(value, value.ToString());

    public static bool Has(Enum value) => Labels.ContainsKey(value);
}
