using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Publicity.PublicitySeed;

namespace GrantHub.Web.Tests.Notifications;

/// <summary>
/// When the officer finalizes an edition's results, every member of each organization with a decided application is
/// told in the app, once, with the outcome: funded ones are led to their grants, the others to the public results.
/// </summary>
public sealed class FinalResultsNotificationTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task Finalizing_notifies_each_member_of_each_decided_organization_once_with_its_outcome()
    {
        var s = await EditionAsync(app);
        var officer = await OfficerAsync(app);
        await PublishAsync(officer, s.EditionId);
        PastThePeriod(app);
        officer = await OfficerAsync(app);
        var list = $"/editions/{s.EditionId}/objections";
        var finalize = $"/editions/{s.EditionId}/results/finalize";
        await officer.SubmitFormAsync(list, finalize, new Dictionary<string, string>());
        // A second press (a double click, a retry) tells nobody again.
        var token = (await officer.GetPageAsync(list)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        await officer.PostAsync(finalize, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        var memberIds = s.Members.Select(m => m.Id).ToList();
        var rows = await app.WithDbAsync(db => db.Notifications.AsNoTracking().ToListAsync());
        Assert.Equal(memberIds.Order(), rows.Select(n => n.UserId).Order()); // members only, once each
        // Members 0 and 3 are the funded organization's; 1 is awarded; 2 is not selected.
        var results = $"/competitions/{s.EditionId}/results";
        foreach (var m in new[] { s.Members[0], s.Members[3] })
        {
            var n = rows.Single(r => r.UserId == m.Id);
            Assert.Equal("Final results of {0}: your project \"{1}\" is funded with {2}.", n.MessageKey);
            Assert.Equal("银龄助餐", n.Args[1]);
            Assert.Equal("¥450.00", n.Args[2]);
            Assert.Equal("/organization/grants", n.Link);
        }
        var awarded = rows.Single(r => r.UserId == s.Members[1].Id);
        Assert.Equal("Final results of {0}: your project \"{1}\" is awarded {2} ({3}).", awarded.MessageKey);
        Assert.Equal("四点半课堂", awarded.Args[1]);
        Assert.Equal(results, awarded.Link);
        var notSelected = rows.Single(r => r.UserId == s.Members[2].Id);
        Assert.Equal("Final results of {0}: your project \"{1}\" is not selected this time.", notSelected.MessageKey);
        Assert.Equal(results, notSelected.Link);

        var member = await app.SignedInClientAsync(s.Members[3]);
        var page = await member.GetPageAsync("/notifications");
        Assert.Equal("1", page.QuerySelector("#notification-count")?.TextContent.Trim());
        Assert.Contains("银龄助餐", page.QuerySelector("#notifications .notification-text")!.TextContent);
    }
}
