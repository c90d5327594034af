using System.Net;
using GrantHub.Core.Funding;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using static GrantHub.Web.Tests.Grants.GrantSeed;

namespace GrantHub.Web.Tests.Grants;

/// <summary>The officer stops a project with a reason the organization reads: every tranche not paid is cancelled.</summary>
public sealed class StopProjectTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task Stopping_needs_a_reason_and_cancels_the_unpaid_tranches()
    {
        var s = await EditionAsync(app, [50_000m]);
        var id = s.Funded[0];
        await AgreedAsync(app, id, s.Members[0]);
        var officer = await OfficerAsync(app);
        var url = $"/grants/{id}";

        using var refused = await officer.SubmitFormAsync(url, $"/grants/{id}/stop", new Dictionary<string, string> { ["StopForm.Reason"] = " " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotNull((await refused.ReadHtmlAsync()).FieldError("StopForm.Reason"));
        Assert.Equal(GrantStatus.InProgress, (await GrantAsync(app, id)).Status);

        using var stopped = await officer.SubmitFormAsync(url, $"/grants/{id}/stop", new Dictionary<string, string> { ["StopForm.Reason"] = "组织已注销，项目无法继续执行。" });
        Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        var grant = await GrantAsync(app, id);
        Assert.Equal(GrantStatus.Stopped, grant.Status);
        Assert.Equal("组织已注销，项目无法继续执行。", grant.StopReason);
        Assert.All(grant.Tranches, t => Assert.Equal(TrancheStatus.Cancelled, t.Status));
        var member = await app.SignedInClientAsync(s.Members[0]);
        Assert.Contains("组织已注销", (await member.GetPageAsync(url)).QuerySelector("#stopped")!.TextContent);
    }
}
