using System.Data.Common;
using GrantHub.Core.Data;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static GrantHub.Web.Tests.Organizations.OrganizationSetup;

namespace GrantHub.Web.Tests.Organizations;

/// <summary>
/// The directory finds organizations by name or code and filters them; its page costs the same number of SQL
/// commands with 7 organizations as with 21 (no query per row).
/// </summary>
public sealed class OrganizationDirectoryTests(OrganizationDirectoryTests.CountingFactory app) : IClassFixture<OrganizationDirectoryTests.CountingFactory>
{
    /// <summary>Counts every SQL command the app's DbContexts execute.</summary>
    public sealed class CommandCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecuting(command, eventData, result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }

    public sealed class CountingFactory : GrantHubFactory
    {
        public CommandCounter Commands { get; } = new();

        protected override void ReplaceServices(IServiceCollection services) =>
            services.ConfigureDbContext<GrantHubDbContext>(o => o.AddInterceptors(Commands));
    }

    private async Task AddOrganizationsAsync(int count, int centerId, string prefix) => await app.WithDbAsync(async db =>
    {
        for (var i = 0; i < count; i++)
        {
            var org = Organization.RecordOnBehalf($"{prefix}{i:D3}", OrganizationType.CommunityOrganization, $"备字{prefix}{i:D3}",
                "周敏", "13812345678", DateTime.UtcNow);
            org.ServiceFields = ServiceField.ElderlyCare | ServiceField.Culture;
            db.Organizations.Add(org);
            db.Residencies.Add(Residency.Apply(org.Id, centerId, "培训", DateTime.UtcNow));
        }
        return await db.SaveChangesAsync();
    });

    private async Task<(int Commands, int Rows)> MeasureAsync(HttpClient client, string url)
    {
        await client.GetPageAsync(url); // warm: caches, keys, compiled queries
        app.Commands.Reset();
        var page = await client.GetPageAsync(url);
        return (app.Commands.Count, page.QuerySelectorAll("#organizations tbody tr").Length);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.CenterStaff)]
    public async Task The_list_costs_the_same_number_of_queries_for_7_and_for_21_organizations(string role)
    {
        var user = await app.CreateUserAsync("viewer", role);
        var center = await app.CreateCenterAsync(user);
        var prefix = $"计数{Guid.NewGuid():N}"[..8];
        var url = $"/organizations?center={center}";
        var client = await app.SignedInClientAsync(user);

        await AddOrganizationsAsync(7, center, prefix);
        var few = await MeasureAsync(client, url);
        await AddOrganizationsAsync(14, center, prefix);
        var many = await MeasureAsync(client, url);

        Assert.Equal(7, few.Rows);
        Assert.Equal(20, many.Rows);
        Assert.True(few.Commands > 0, "the counter sees the app's commands");
        Assert.Equal(few.Commands, many.Commands);
        Assert.True(many.Commands <= 8, $"{many.Commands} commands for one page");
    }

    [Fact]
    public async Task Search_finds_by_name_and_by_code_in_any_case_and_filters_narrow_the_list()
    {
        var admin = await app.CreateUserAsync("admin", Roles.Administrator);
        var code = NewCreditCode();
        var (_, byCode) = await app.CreateOrganizationAsync(name: "按代码查找的组织", creditCode: code);
        var (_, graded) = await app.CreateOrganizationAsync(name: "评过等级的青少年组织");
        await app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.SingleAsync(o => o.Id == graded);
            org.Grade = EvaluationGrade.A4;
            org.ServiceFields = ServiceField.Youth;
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(admin);

        async Task<List<string?>> IdsAsync(string url) =>
            (await client.GetPageAsync(url)).QuerySelectorAll("#organizations tbody tr").Select(r => r.GetAttribute("data-id")).ToList();

        Assert.Equal([byCode.ToString()], await IdsAsync($"/organizations?q={code.ToLowerInvariant()}"));
        Assert.Equal([byCode.ToString()], await IdsAsync("/organizations?q=按代码查找"));
        Assert.Equal([graded.ToString()], await IdsAsync("/organizations?q=青少年组织&grade=A4&field=Youth&type=SocialServiceOrganization"));
        Assert.Empty(await IdsAsync("/organizations?q=青少年组织&grade=A5"));
        Assert.Empty(await IdsAsync("/organizations?q=青少年组织&field=ElderlyCare"));
        Assert.Empty(await IdsAsync("/organizations?q=青少年组织&type=Foundation"));
    }

    [Fact]
    public async Task The_center_and_residency_status_filters_use_the_residencies()
    {
        var admin = await app.CreateUserAsync("admin", Roles.Administrator);
        var first = await app.CreateCenterAsync();
        var second = await app.CreateCenterAsync();
        var (_, applied) = await app.CreateOrganizationAsync(name: "状态筛选甲");
        var (_, rejected) = await app.CreateOrganizationAsync(name: "状态筛选乙");
        await app.ApplyAsync(applied, first);
        var residency = await app.ApplyAsync(rejected, second);
        await app.WithDbAsync(async db =>
        {
            var r = await db.Residencies.SingleAsync(x => x.Id == residency);
            r.Reject("材料不全", admin.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(admin);

        async Task<List<string?>> IdsAsync(string url) =>
            (await client.GetPageAsync(url)).QuerySelectorAll("#organizations tbody tr").Select(r => r.GetAttribute("data-id")).ToList();

        Assert.Equal([applied.ToString()], await IdsAsync($"/organizations?q=状态筛选&center={first}"));
        Assert.Equal([rejected.ToString()], await IdsAsync($"/organizations?q=状态筛选&status={nameof(ResidencyStatus.Rejected)}"));
        Assert.Empty(await IdsAsync($"/organizations?q=状态筛选&center={first}&status={nameof(ResidencyStatus.Rejected)}"));
        Assert.Equal(2, (await IdsAsync("/organizations?q=状态筛选")).Count);
    }

    [Fact]
    public async Task Pages_hold_20_organizations_and_the_pager_links_the_next_page()
    {
        var staff = await app.CreateUserAsync("pager", Roles.CenterStaff);
        var center = await app.CreateCenterAsync(staff);
        var prefix = $"分页{Guid.NewGuid():N}"[..8];
        await AddOrganizationsAsync(23, center, prefix);
        var client = await app.SignedInClientAsync(staff);

        var first = await client.GetPageAsync($"/organizations?q={prefix}");
        var second = await client.GetPageAsync($"/organizations?q={prefix}&page=2");

        Assert.Equal(20, first.QuerySelectorAll("#organizations tbody tr").Length);
        Assert.Equal(3, second.QuerySelectorAll("#organizations tbody tr").Length);
        Assert.Contains(first.QuerySelectorAll(".pagination a"), a => a.GetAttribute("href")?.Contains("page=2", StringComparison.Ordinal) == true);
    }
}
