using GrantHub.Core;
using GrantHub.Web.Tests.Security;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Seeding;

/// <summary>The demo's incubation history happened: no graduation, exit, assessment or service is dated after today.</summary>
public sealed class DemoIncubationDatesTests(DemoFactory app) : IClassFixture<DemoFactory>
{
    [Fact]
    public async Task Nothing_in_the_demos_incubation_history_is_dated_in_the_future()
    {
        var today = ChinaTime.Today(TimeProvider.System);

        var (graduated, exited, assessed, served) = await app.WithDbAsync(async db => (
            await db.Residencies.AsNoTracking().Where(r => r.GraduatedOn != null).MaxAsync(r => r.GraduatedOn),
            await db.Residencies.AsNoTracking().Where(r => r.ExitedOn != null).MaxAsync(r => r.ExitedOn),
            await db.Assessments.AsNoTracking().MaxAsync(a => (DateOnly?)a.On),
            await db.ServiceRecords.AsNoTracking().MaxAsync(s => (DateOnly?)s.On)));

        Assert.All([graduated, exited, assessed, served], d => Assert.True(d <= today, $"{d} is after {today}"));
    }
}
