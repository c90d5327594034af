using System.Globalization;
using GrantHub.Core.Data;
using GrantHub.Core.Incubation;
using GrantHub.Web.Composition;
using GrantHub.Web.Email;
using GrantHub.Web.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.CenterDesk;

/// <summary>
/// The organization hears the center's decisions on its residency — admitted, not admitted (with the reason), graduated
/// (with its certificate) — in the app and by e-mail in each member's language, added to the caller's unit of work so
/// they are saved with the decision itself.
/// </summary>
internal sealed class ResidencyMessages(GrantHubDbContext db, MailComposer mail, Notifier notifier, IStringLocalizer l, string baseUrl)
{
    public async Task AdmittedAsync(Residency residency)
    {
        var center = await CenterNameAsync(residency.CenterId);
        var starts = Day(residency.StartsOn!.Value);
        var ends = Day(residency.EndsOn!.Value);
        var desk = residency.DeskNumber?.ToString(CultureInfo.InvariantCulture);
        await TellAsync(residency, "admitted",
            () => l["Admitted to {0}", center],
            () =>
            [
                l["{0} admitted your organization for residency from {1} to {2}.", center, starts, ends].Value,
                desk is null ? l["You are a virtual resident: the center's services without a desk."].Value : l["Your desk: number {0}.", desk].Value,
            ],
            l["{0} admitted your organization for residency from {1} to {2}."].Name, [center, starts, ends], "/residency");
    }

    public async Task RejectedAsync(Residency residency)
    {
        var center = await CenterNameAsync(residency.CenterId);
        var reason = residency.RejectionReason ?? "";
        await TellAsync(residency, "rejected",
            () => l["Your residency application to {0} was not admitted", center],
            () => [l["{0} did not admit your organization this time. The reason: {1}", center, reason].Value],
            l["{0} did not admit your organization this time. The reason: {1}"].Name, [center, reason], "/residency");
    }

    public async Task GraduatedAsync(Residency residency)
    {
        var center = await CenterNameAsync(residency.CenterId);
        var on = Day(residency.GraduatedOn!.Value);
        var number = residency.CertificateNumber ?? "";
        await TellAsync(residency, "graduated",
            () => l["Graduated from {0}", center],
            () => [l["Congratulations: your organization graduated from {0} on {1}. Certificate number: {2}.", center, on, number].Value],
            l["Congratulations: your organization graduated from {0} on {1}. Certificate number: {2}."].Name, [center, on, number],
            $"/residencies/{residency.Id}/certificate");
    }

    /// <summary>Every member: one e-mail in their language and one notification; keyed by residency and step, so once each.</summary>
    private async Task TellAsync(Residency residency, string step, Func<string> subject, Func<string[]> paragraphs, string noticeKey,
        string[] noticeArgs, string link)
    {
        var members = await notifier.MemberRecipientsAsync(residency.OrganizationId);
        var key = $"residency-{step}:{residency.Id}";
        foreach (var m in members.Where(m => m.Email is not null))
            db.OutboxMessages.Add(LocalizationSetup.InCulture(m.Culture, () =>
                mail.Compose(m.Email!, m.Name, subject(), paragraphs(), (l["See it in GrantHub"], baseUrl + link), $"{key}:{m.Id}")));
        notifier.Notify(members.Select(m => m.Id), noticeKey, noticeArgs, link, key);
    }

    private Task<string> CenterNameAsync(int centerId) =>
        db.IncubationCenters.Where(c => c.Id == centerId).Select(c => c.Name).SingleAsync();

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
