using System.Net;
using GrantHub.Core.Competitions;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Applications;

/// <summary>The server's clock decides: a complete draft cannot be submitted once the closing day is over in China time.</summary>
public sealed class DeadlineTests : IClassFixture<ApplicationsFactory>
{
    private readonly ApplicationsFactory _app;

    public DeadlineTests(ApplicationsFactory app) => _app = app;

    [Fact]
    public async Task A_complete_draft_is_refused_after_the_deadline_and_accepted_just_before()
    {
        // The evening of the closing day (a sign-in lasts 8 hours: the person works on it late that day).
        var today = Core.ChinaTime.Today(_app.Clock);
        _app.Clock.SetUtcNow(Core.ChinaTime.StartOfDayUtc(today).AddHours(23));
        var early = await _app.CreateEditionAsync(closesOn: today);
        var late = await _app.CreateEditionAsync(closesOn: today);
        var (memberUser, _) = await _app.CreateOrganizationAsync();
        var member = await _app.SignedInClientAsync(memberUser);
        var onTime = await CompleteDraftAsync(member, early);
        var tooLate = await CompleteDraftAsync(member, late);

        // 23:59:59 China time on the closing day.
        _app.Clock.SetUtcNow(Core.ChinaTime.StartOfDayUtc(today.AddDays(1)).AddSeconds(-1));
        using (var accepted = await member.SubmitAsync(onTime))
            Assert.Equal($"/applications/{onTime}", accepted.RedirectPath());
        var review = await member.GetPageAsync(ApplicationSteps.StepUrl(tooLate, 5));

        // 00:00:00 the next day: the page was opened in time, the button is pressed too late.
        _app.Clock.Advance(TimeSpan.FromSeconds(1));
        using var refused = await member.SubmitFormAsync(review, $"/applications/{tooLate}/submit", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(ApplicationSteps.StepUrl(tooLate, 5), refused.RedirectPath());
        var shown = await member.GetPageAsync(refused.RedirectPath()!);

        Assert.Equal(ApplicationStatus.Submitted, (await _app.ApplicationAsync(onTime)).Status);
        Assert.Equal(ApplicationStatus.Draft, (await _app.ApplicationAsync(tooLate)).Status);
        Assert.NotNull(shown.QuerySelector("#flash-error"));
    }

    private static async Task<Guid> CompleteDraftAsync(HttpClient member, Guid editionId)
    {
        var id = await member.ApplyAsync(editionId);
        var page = await member.GetPageAsync(ApplicationSteps.StepUrl(id, 1));
        var category = page.QuerySelectorAll("select[name='Form.CategoryId'] option")[1].GetAttribute("value")!;
        await member.StepAsync(id, 1, ApplicationSteps.Project(categoryId: category));
        await member.StepAsync(id, 2, ApplicationSteps.Plan());
        await member.StepAsync(id, 3, ApplicationSteps.Budget(("活动物资", "5000", "1", "Fiscal"), ("场地", "500", "1", "Matching")));
        return id;
    }
}
