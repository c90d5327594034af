using System.Globalization;
using GrantHub.Core.Notifications;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Reports;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace GrantHub.Web.Jobs;

/// <summary>A person a reminder goes to, as the job reads them (one query per batch).</summary>
public sealed record ReminderRecipient(string Id, string? Email, string DisplayName, string PreferredCulture, bool MutesOptionalReminderEmail)
{
    /// <summary>An e-mail goes unless there is no address, or the person turned off optional reminders and this one is optional.</summary>
    public bool GetsEmail(DueReminder reminder) =>
        !string.IsNullOrWhiteSpace(Email) && (reminder.IsEssential || !MutesOptionalReminderEmail);
}

/// <summary>
/// The words of every reminder: the in-app notification (its localizer key, the English text, with arguments that read
/// the same in every language: names, dates yyyy-MM-dd, numbers, amounts) and the e-mail, written in the recipient's
/// language (<see cref="ReminderRecipient.PreferredCulture"/>) whatever the language of the request or job that sends it.
/// </summary>
public sealed class ReminderMessages(IStringLocalizer<SharedResource> l, MailComposer mail, IOptions<ReminderOptions> options)
{
    /// <summary>The in-app notification: key, arguments, and the local path it leads to.</summary>
    public (string Key, string[] Args, string Link) InApp(DueReminder r, DateOnly today)
    {
        var (key, args) = Sentence(r, today);
        return (key, args, Link(r));
    }

    /// <summary>The e-mail, in the recipient's language, keyed by the reminder's key so it is queued once.</summary>
    public Core.Notifications.OutboxMessage Email(DueReminder r, ReminderRecipient to, DateOnly today) => InCulture(to.PreferredCulture, () =>
    {
        var (key, args) = Sentence(r, today);
        var paragraphs = new List<string> { l[key, args.Cast<object>().ToArray()].Value };
        paragraphs.AddRange(Details(r));
        if (!r.IsEssential)
            paragraphs.Add(l["You can turn off e-mail for reminders like this one in your preferences (overdue reminders always come): {0}",
                Url("/account/preferences")].Value);
        return mail.Compose(to.Email!, to.DisplayName, Subject(r, today), paragraphs, (Button(r), Url(Link(r))), r.Key);
    });

    /// <summary>Runs <paramref name="render"/> in <paramref name="culture"/> (see <see cref="LocalizationSetup.InCulture{T}"/>).</summary>
    public static T InCulture<T>(string? culture, Func<T> render) => LocalizationSetup.InCulture(culture, render);

    private (string Key, string[] Args) Sentence(DueReminder r, DateOnly today)
    {
        var f = r.Facts;
        var on = Day(f.On);
        var left = Count(f.On.DayNumber - today.DayNumber);
        var late = Count(today.DayNumber - f.On.DayNumber);
        return (r.Step, r.Audience) switch
        {
            (ReminderSteps.DueIn7, _) => (l["A report of \"{0}\" is due on {1}, in {2} days."].Name, [f.Name, on, left]),
            (ReminderSteps.DueIn1, _) => (l["A report of \"{0}\" is due tomorrow, {1}."].Name, [f.Name, on]),
            (ReminderSteps.DueToday, _) => (l["A report of \"{0}\" is due today, {1}."].Name, [f.Name, on]),
            (ReminderSteps.Overdue, _) => (l["A report of \"{0}\" was due on {1} and is overdue: please submit it now."].Name, [f.Name, on]),
            (ReminderSteps.Escalated, ReminderAudience.Organization) =>
                (l["A report of \"{0}\" is {1} days overdue (due on {2}): the incubation center and the program officer have been told."].Name,
                    [f.Name, late, on]),
            (ReminderSteps.Escalated, _) =>
                (l["{0} has not submitted a report of \"{1}\", {2} days after its due date ({3})."].Name, [f.Organization ?? "", f.Name, late, on]),
            (ReminderSteps.ReviewIn3, _) =>
                (l["{0} of your score sheets for {1} are unfinished: the review closes on {2}."].Name, [Count(f.Number), f.Name, on]),
            (ReminderSteps.ReviewIn1, _) =>
                (l["Last call for {1}: {0} of your score sheets are unfinished and the review closes on {2}."].Name, [Count(f.Number), f.Name, on]),
            (ReminderSteps.ResidencyWaiting, _) =>
                (l["The residency application of {0} is still waiting for an answer: it was due by {1}."].Name, [f.Name, on]),
            (ReminderSteps.TermEnds, _) =>
                (l["The residency of {0} ends on {1}: plan its graduation assessment or its exit."].Name, [f.Name, on]),
            (ReminderSteps.TranchePayable, _) =>
                (l["Tranche {0} of \"{1}\" ({2}) is payable and nobody has requested it yet."].Name,
                    [Count(f.Number), f.Name, f.Amount?.ToString() ?? ""]),
            _ => throw new ArgumentOutOfRangeException(nameof(r), r.Step, "Unknown reminder step."),
        };
    }

    private string Subject(DueReminder r, DateOnly today)
    {
        var f = r.Facts;
        return r.Step switch
        {
            ReminderSteps.DueIn7 or ReminderSteps.DueIn1 or ReminderSteps.DueToday => l["Report due on {0}: {1}", Day(f.On), f.Name],
            ReminderSteps.Overdue => l["Overdue report: {0}", f.Name],
            ReminderSteps.Escalated => l["Report {0} days overdue: {1}", Count(today.DayNumber - f.On.DayNumber), f.Name],
            ReminderSteps.ReviewIn3 or ReminderSteps.ReviewIn1 => l["Unfinished score sheets: {0}", f.Name],
            ReminderSteps.ResidencyWaiting => l["Residency application waiting for an answer: {0}", f.Name],
            ReminderSteps.TermEnds => l["Residency ending on {0}: {1}", Day(f.On), f.Name],
            _ => l["Tranche payable, not yet requested: {0}", f.Name],
        };
    }

    private IEnumerable<string> Details(DueReminder r)
    {
        var f = r.Facts;
        if (f.ReportKind is { } kind) yield return l["Report: {0}", ReportNames.Of(l, kind, f.Number, f.Title ?? "")].Value;
        if (f.Organization is { } organization && r.Audience != ReminderAudience.Organization)
            yield return l["Organization: {0}", organization].Value;
    }

    private string Button(DueReminder r) => (r.Kind, r.Audience) switch
    {
        (ReminderKinds.Report, ReminderAudience.CenterStaff) => l["See the organization"],
        (ReminderKinds.Report, _) => l["Open the report"],
        (ReminderKinds.Review, _) => l["Open my judging"],
        (ReminderKinds.Residency, _) => l["Open the residency"],
        _ => l["Open the project"],
    };

    /// <summary>Where the reminder leads: a page the recipient may open.</summary>
    public static string Link(DueReminder r) => (r.Kind, r.Audience) switch
    {
        // Center staff may see the organization, not its grant or reports.
        (ReminderKinds.Report, ReminderAudience.CenterStaff) => $"/organizations/{r.Facts.OrganizationId}",
        (ReminderKinds.Report, _) => $"/reports/{r.ItemId}",
        (ReminderKinds.Review, _) => "/judging",
        (ReminderKinds.Residency, _) => $"/center/residencies/{r.ItemId}",
        _ => $"/grants/{r.Facts.GrantId}",
    };

    private string Url(string path) => options.Value.PublicUrl.TrimEnd('/') + path;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
