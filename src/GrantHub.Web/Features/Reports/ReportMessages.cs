using System.Globalization;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Monitoring;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Reports;

/// <summary>
/// Who hears about a report, by e-mail through the outbox and in the app, added to the caller's unit of work so they are
/// saved with the change: a submission tells the program officers; a return or an acceptance tells the organization's
/// members. Each e-mail is written in its recipient's language.
/// </summary>
internal sealed class ReportMessages(GrantHubDbContext db, MailComposer mail, Notifier notifier, IStringLocalizer l, string baseUrl)
{
    /// <summary>In-app notifications keep their arguments as typed; a long comment is cut to this many characters.</summary>
    private const int NotificationTextLength = 200;

    public async Task SubmittedAsync(ProjectReport report, ProjectFacts project)
    {
        var officers = await notifier.RoleRecipientsAsync(Roles.ProgramOfficer);
        var url = $"{baseUrl}/reports/{report.Id}";
        var due = Day(report.DueOn);
        foreach (var o in officers.Where(o => o.Email is not null))
            db.OutboxMessages.Add(LocalizationSetup.InCulture(o.Culture, () => mail.Compose(o.Email!, o.Name,
                l["Report to review: {0}", project.Project],
                [l["{0} submitted the {1} of \"{2}\" (due {3}).", project.Organization, Name(report), project.Project, due].Value,
                 l["Accept it, or return it for revision with your comments."].Value],
                (l["Review the report"], url), $"report-submitted:{report.Id}:{report.Version}:{o.Id}")));
        notifier.Notify(officers.Select(o => o.Id), l["{0} submitted the report due {1} for \"{2}\". It awaits your review."].Name,
            [project.Organization, due, project.Project], $"/reports/{report.Id}", null);
    }

    public async Task ReturnedAsync(ProjectReport report, ProjectFacts project)
    {
        var members = await MembersAsync(project.OrganizationId);
        var url = $"{baseUrl}/reports/{report.Id}";
        var due = Day(report.DueOn);
        var comment = report.ReviewComment ?? "";
        foreach (var m in members.Where(m => m.Email is not null))
            db.OutboxMessages.Add(LocalizationSetup.InCulture(m.Culture, () => mail.Compose(m.Email!, m.Name,
                l["Report returned for revision: {0}", project.Project],
                [l["The program officer returned the {0} of \"{1}\" for revision.", Name(report), project.Project].Value,
                 l["Comment: {0}", comment].Value,
                 l["Revise it and submit it again."].Value],
                (l["Revise the report"], url), $"report-returned:{report.Id}:{report.Version}:{m.Id}")));
        notifier.Notify(members.Select(m => m.Id), l["The report due {0} for \"{1}\" was returned for revision: {2}"].Name,
            [due, project.Project, Cut(comment)], $"/reports/{report.Id}", null);
    }

    public async Task AcceptedAsync(ProjectReport report, ProjectFacts project)
    {
        var members = await MembersAsync(project.OrganizationId);
        var url = $"{baseUrl}/reports/{report.Id}";
        var due = Day(report.DueOn);
        foreach (var m in members.Where(m => m.Email is not null))
            db.OutboxMessages.Add(LocalizationSetup.InCulture(m.Culture, () =>
            {
                var paragraphs = new List<string> { l["The program officer accepted the {0} of \"{1}\".", Name(report), project.Project].Value };
                if (report.ReviewComment is { Length: > 0 } c) paragraphs.Add(l["Comment: {0}", c].Value);
                return mail.Compose(m.Email!, m.Name, l["Report accepted: {0}", project.Project], paragraphs,
                    (l["See the report"], url), $"report-accepted:{report.Id}:{report.Version}:{m.Id}");
            }));
        notifier.Notify(members.Select(m => m.Id), l["The report due {0} for \"{1}\" was accepted."].Name,
            [due, project.Project], $"/reports/{report.Id}", null);
    }

    private Task<List<Recipient>> MembersAsync(Guid organizationId) => notifier.MemberRecipientsAsync(organizationId);

    private string Name(ProjectReport r) => ReportNames.Of(l, r.Kind, r.Number, r.Title);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cut(string text) => text.Length <= NotificationTextLength ? text : text[..NotificationTextLength] + "…";
}
