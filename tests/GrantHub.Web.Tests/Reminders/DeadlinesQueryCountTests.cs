using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>The deadlines on the home page cost a fixed number of queries, however many reports, sheets and applications there are.</summary>
public sealed class DeadlinesQueryCountTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task Three_times_the_deadlines_take_the_same_number_of_queries()
    {
        var officer = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        await app.AddUserToRoleAsync(member.Id, Roles.ProgramOfficer);
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(1), payableTranche: true);
        await app.AddReportAsync(project.GrantId, 2, app.Today.AddDays(2));
        var client = await app.SignedInClientAsync(member);

        var few = await CountAsync(client);
        for (var n = 3; n <= 8; n++) await app.AddReportAsync(project.GrantId, n, app.Today.AddDays(n));
        var (other, otherId, _) = await app.OrganizationAsync();
        await app.FundedProjectAsync(otherId, other.Id, officer.Id, app.Today.AddDays(1), "另一个项目", payableTranche: true);
        var many = await CountAsync(client);

        Assert.Equal(3, few.Items);       // two reports and the payable tranche
        Assert.Equal(10, many.Items);     // eight reports and two payable tranches
        Assert.Equal(few.Commands, many.Commands);
    }

    private async Task<(int Commands, int Items)> CountAsync(HttpClient client)
    {
        await client.GetAsync("/");       // warm up
        app.Commands.Reset();
        var page = await client.GetPageAsync("/");
        return (app.Commands.Count, page.QuerySelectorAll("#deadlines li.deadline").Length);
    }
}
