using System.Globalization;
using GrantHub.Core.Notifications;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// A reminder e-mail is written in its recipient's language — Chinese by default, English for those who chose it — whatever
/// the language of the job that writes it; the in-app notification is read in the language of the page.
/// </summary>
public sealed class RecipientLanguageTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task A_person_who_chose_english_gets_an_english_email_and_the_default_is_chinese()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        var english = await app.AddMemberAsync(organizationId);
        await app.SetPreferencesAsync(english.Id, "en", muteOptional: false);
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(7), "银龄互助食堂");
        var due = app.Today.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // The job runs in whatever culture its thread has: here English, and Chinese still comes out for the default.
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("en");
        try
        {
            await app.RunRemindersAsync();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats);
        }

        var mail = await app.ReminderMailAsync();
        var chinese = Assert.Single(mail, m => m.To == member.Email);
        Assert.Equal($"报告将于 {due} 到期：银龄互助食堂", chinese.Subject);
        Assert.Contains($"“银龄互助食堂”的项目报告将于 {due} 到期，还有 7 天。", chinese.TextBody);
        Assert.Contains("报告：第 1 期月度报告", chinese.TextBody);
        Assert.Contains("您好", chinese.TextBody);
        Assert.Contains($"{RemindersFactory.PublicUrl}/reports/{project.ReportId}", chinese.HtmlBody);
        Assert.Contains($"{RemindersFactory.PublicUrl}/account/preferences", chinese.TextBody);

        var inEnglish = Assert.Single(mail, m => m.To == english.Email);
        Assert.Equal($"Report due on {due}: 银龄互助食堂", inEnglish.Subject);
        Assert.Contains($"A report of \"银龄互助食堂\" is due on {due}, in 7 days.", inEnglish.TextBody);
        Assert.Contains("Report: Monthly report 1", inEnglish.TextBody);
        Assert.Contains("Hello", inEnglish.TextBody);
        Assert.DoesNotContain("报告将于", inEnglish.TextBody);
    }

    [Fact]
    public async Task The_in_app_notification_reads_in_the_language_of_the_page()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(1), "邻里守望");
        await app.RunRemindersAsync();
        var due = app.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var client = await app.SignedInClientAsync(member);

        var page = await client.GetPageAsync("/notifications");
        Assert.Contains($"“邻里守望”的项目报告明天（{due}）到期。", page.Body!.TextContent);

        var english = await client.GetPageAsync("/notifications?culture=en");
        Assert.Contains($"A report of \"邻里守望\" is due tomorrow, {due}.", english.Body!.TextContent);
    }
}
