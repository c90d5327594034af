using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>
/// Each person chooses the language of their e-mails and whether non-essential reminders come by e-mail, on
/// /account/preferences, reached from their name in the top bar.
/// </summary>
public sealed class PreferencesPageTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task A_visitor_is_asked_to_sign_in()
    {
        using var response = await app.CreateBrowserClient().GetAsync("/account/preferences");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.RedirectPath());
    }

    [Fact]
    public async Task The_page_shows_the_defaults_chinese_and_every_reminder_by_email()
    {
        var user = await app.CreateUserAsync("judge", Roles.Judge);
        var page = await (await app.SignedInClientAsync(user)).GetPageAsync("/account/preferences");

        Assert.True(Checked(page, "#culture-zh"));
        Assert.False(Checked(page, "#culture-en"));
        Assert.False(Checked(page, "#MuteOptionalReminderEmail"));
        Assert.Equal("/account/preferences", page.QuerySelector("#signed-in-as")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Saving_english_and_no_optional_reminder_email_keeps_them_for_the_reminders()
    {
        var user = await app.CreateUserAsync("org", Roles.OrganizationMember);
        var client = await app.SignedInClientAsync(user);

        using var saved = await client.SubmitFormAsync("/account/preferences", "/account/preferences",
            new Dictionary<string, string> { ["EmailCulture"] = "en", ["MuteOptionalReminderEmail"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/account/preferences", saved.RedirectPath());
        var stored = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal("en", stored.PreferredCulture);
        Assert.True(stored.MutesOptionalReminderEmail);
        var page = await client.GetPageAsync("/account/preferences");
        Assert.Contains("您的偏好设置已保存。", page.Body!.TextContent);
        Assert.True(Checked(page, "#culture-en"));
        Assert.True(Checked(page, "#MuteOptionalReminderEmail"));

        using var back = await client.SubmitFormAsync("/account/preferences", "/account/preferences",
            new Dictionary<string, string> { ["EmailCulture"] = "zh-CN", ["MuteOptionalReminderEmail"] = "false" });
        stored = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal("zh-CN", stored.PreferredCulture);
        Assert.False(stored.MutesOptionalReminderEmail);
    }

    [Fact]
    public async Task A_language_the_site_does_not_speak_is_refused_and_nothing_changes()
    {
        var user = await app.CreateUserAsync("staff", Roles.CenterStaff);
        var client = await app.SignedInClientAsync(user);

        using var refused = await client.SubmitFormAsync("/account/preferences", "/account/preferences",
            new Dictionary<string, string> { ["EmailCulture"] = "fr", ["MuteOptionalReminderEmail"] = "true" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.ReadHtmlAsync();
        Assert.Contains("请选择中文或英文。", page.Body!.TextContent);
        var stored = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id));
        Assert.Equal("zh-CN", stored.PreferredCulture);
        Assert.False(stored.MutesOptionalReminderEmail);
    }

    private static bool Checked(AngleSharp.Html.Dom.IHtmlDocument page, string selector) =>
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector(selector)!).IsChecked;
}
