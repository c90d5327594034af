using GrantHub.Core.Incubation;

namespace GrantHub.Core.Notifications;

/// <summary>What a reminder is about: the first part of its key.</summary>
public static class ReminderKinds
{
    /// <summary>A project report still owed (item: the report).</summary>
    public const string Report = "report";
    /// <summary>A judge's unfinished score sheets of an edition (item: the edition).</summary>
    public const string Review = "review";
    /// <summary>A residency application or a resident (item: the residency).</summary>
    public const string Residency = "residency";
    /// <summary>A tranche payable but not requested (item: the tranche).</summary>
    public const string Tranche = "tranche";
}

/// <summary>The steps of the reminders, as they appear in keys. Stored in the database: never rename one.</summary>
public static class ReminderSteps
{
    /// <summary>A report due in 2 to 7 days.</summary>
    public const string DueIn7 = "due-7";
    /// <summary>A report due tomorrow.</summary>
    public const string DueIn1 = "due-1";
    /// <summary>A report due today.</summary>
    public const string DueToday = "due-0";
    /// <summary>A report still owed from the day after its due date.</summary>
    public const string Overdue = "overdue-1";
    /// <summary>A report still owed 3 days after its due date: the center staff and the officers are told too.</summary>
    public const string Escalated = "escalate-3";
    /// <summary>Unfinished score sheets, the review closing in 2 or 3 days.</summary>
    public const string ReviewIn3 = "review-3";
    /// <summary>Unfinished score sheets, the review closing tomorrow or today.</summary>
    public const string ReviewIn1 = "review-1";
    /// <summary>A residency application unanswered past the 5-working-day target.</summary>
    public const string ResidencyWaiting = "residency-waiting";
    /// <summary>A resident whose term ends within 30 days.</summary>
    public const string TermEnds = "term-ends-30";
    /// <summary>A tranche whose trigger is met and that nobody has requested yet.</summary>
    public const string TranchePayable = "tranche-payable";

    /// <summary>
    /// Overdue and escalation reminders always go by e-mail; the others are optional: a person may turn their e-mail off
    /// (<see cref="Identity.AppUser.MutesOptionalReminderEmail"/>). In-app notifications always go.
    /// </summary>
    public static bool IsEssential(string step) => step is Overdue or Escalated;
}

/// <summary>Who a reminder goes to, and so which text they read.</summary>
public enum ReminderAudience
{
    /// <summary>The members of the organization that owes the report.</summary>
    Organization = 0,
    /// <summary>Staff of an incubation center.</summary>
    CenterStaff = 1,
    /// <summary>Program officers of the bureau.</summary>
    ProgramOfficer = 2,
    /// <summary>A judge.</summary>
    Judge = 3,
}

/// <summary>
/// When each reminder is due: a pure function of the day (China time) and the item's date. Every step has a window,
/// not a single day, so a day the job did not run is caught up the next time it does; the key (<see cref="Key"/>)
/// makes each step go once to each person.
/// <list type="bullet">
/// <item>Reports still owed: <c>due-7</c> while 1 &lt; days left ≤ 7; <c>due-1</c> the day before; <c>due-0</c> on the
/// day; <c>overdue-1</c> from 1 day late; <c>escalate-3</c> from 3 days late (unless the officer excused the delay), to
/// the organization and also to the staff of its centers and the program officers. Nothing past
/// <see cref="ReportLookBackDays"/> days late (the scan's bound).</item>
/// <item>Judges with unfinished score sheets: <c>review-3</c> while 1 &lt; days left ≤ 3; <c>review-1</c> the day
/// before and on the last day of review.</item>
/// <item>Center staff: <c>residency-waiting</c> once an application is past the 5-working-day target;
/// <c>term-ends-30</c> once a resident's term ends within 30 days.</item>
/// <item>Program officers: <c>tranche-payable</c> once a tranche is payable and not yet requested.</item>
/// </list>
/// </summary>
public static class ReminderPlan
{
    /// <summary>How far ahead the report scan looks: the first reminder comes 7 days before the due date.</summary>
    public const int ReportLookAheadDays = 7;
    /// <summary>How far back the report scan looks: a report owed longer than this has had all its reminders.</summary>
    public const int ReportLookBackDays = 30;
    public const int EscalateAfterDaysLate = 3;
    public const int ReviewLookAheadDays = 3;
    public const int TermEndsWithinDays = 30;

    /// <summary>The reminder steps that apply today to a report still owed, due on <paramref name="dueOn"/>.</summary>
    public static IReadOnlyList<string> ForReport(DateOnly dueOn, DateOnly today, bool delayExcused = false)
    {
        var left = dueOn.DayNumber - today.DayNumber;
        return left switch
        {
            > ReportLookAheadDays => [],
            > 1 => [ReminderSteps.DueIn7],
            1 => [ReminderSteps.DueIn1],
            0 => [ReminderSteps.DueToday],
            < -ReportLookBackDays => [],
            <= -EscalateAfterDaysLate when !delayExcused => [ReminderSteps.Overdue, ReminderSteps.Escalated],
            _ => [ReminderSteps.Overdue],
        };
    }

    /// <summary>Who is told at a report step: the organization always; at escalation the center staff and officers too.</summary>
    public static IReadOnlyList<ReminderAudience> AudienceOf(string reportStep) => reportStep == ReminderSteps.Escalated
        ? [ReminderAudience.Organization, ReminderAudience.CenterStaff, ReminderAudience.ProgramOfficer]
        : [ReminderAudience.Organization];

    /// <summary>The step that applies today to a judge with unfinished sheets, review closing at the end of <paramref name="reviewEndsOn"/>.</summary>
    public static string? ForReview(DateOnly reviewEndsOn, DateOnly today)
    {
        var left = reviewEndsOn.DayNumber - today.DayNumber;
        return left switch
        {
            < 0 => null,
            <= 1 => ReminderSteps.ReviewIn1,
            <= ReviewLookAheadDays => ReminderSteps.ReviewIn3,
            _ => null,
        };
    }

    /// <summary>An application made on <paramref name="appliedOn"/> and still unanswered is past the working-day target.</summary>
    public static bool ResidencyWaiting(DateOnly appliedOn, DateOnly today) => WorkingDays.IsOverdue(appliedOn, today);

    /// <summary>The day by which an application made on <paramref name="appliedOn"/> should be answered.</summary>
    public static DateOnly ResidencyAnswerDue(DateOnly appliedOn) => WorkingDays.Add(appliedOn, WorkingDays.ReviewTarget);

    /// <summary>A resident's term ends today or within the next 30 days.</summary>
    public static bool TermEndsSoon(DateOnly endsOn, DateOnly today) =>
        endsOn.DayNumber - today.DayNumber is >= 0 and <= TermEndsWithinDays;

    /// <summary>The unique key of one reminder to one person: <c>{kind}:{itemId}:{step}:{userId}</c>.</summary>
    public static string Key(string kind, string itemId, string step, string userId) => $"{StepKey(kind, itemId, step)}:{userId}";

    /// <summary>The key of a step of an item, whoever it goes to: <c>{kind}:{itemId}:{step}</c>.</summary>
    public static string StepKey(string kind, string itemId, string step) => $"{kind}:{itemId}:{step}";

    public static string Key(string kind, Guid itemId, string step, string userId) => Key(kind, itemId.ToString(), step, userId);
}
