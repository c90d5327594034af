using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace GrantHub.Web.Tests.Applications;

public sealed class ExportTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task The_export_opens_with_one_row_per_application_and_one_per_budget_line()
    {
        var editionId = await app.CreateEditionAsync();
        var (first, firstOrg) = await app.CreateOrganizationAsync();
        var (second, secondOrg) = await app.CreateOrganizationAsync("华兴新村志愿服务队");
        await app.SubmittedApplicationAsync(editionId, firstOrg, first.Id, project: "银龄互助食堂", budgetLines: 2);
        await app.SubmittedApplicationAsync(editionId, secondOrg, second.Id, project: "四点半课堂", budgetLines: 4, category: "青少年教育");
        var officer = await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));

        using var response = await officer.GetAsync($"/editions/{editionId}/applications.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheets = stream.GetSheetNames();
        Assert.Equal(2, sheets.Count);
        var applications = stream.Query(useHeaderRow: true, sheetName: sheets[0]).Cast<IDictionary<string, object>>().ToList();
        var lines = stream.Query(useHeaderRow: true, sheetName: sheets[1]).Cast<IDictionary<string, object>>().ToList();

        Assert.Equal(2, applications.Count);
        Assert.Equal(["四点半课堂", "银龄互助食堂"], applications.Select(r => r.Values.ElementAt(1)?.ToString() ?? "").Order().ToArray());
        Assert.Equal(2 + 1 + 4 + 1, lines.Count);
        var fiscalOfSecond = applications.Single(r => r.Values.ElementAt(1)?.ToString() == "四点半课堂").Values.ElementAt(10);
        Assert.Equal(100m * 1 + 200m * 2 + 400m * 4, Convert.ToDecimal(fiscalOfSecond, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task The_export_runs_the_same_queries_for_many_applications_as_for_few()
    {
        var editionId = await app.CreateEditionAsync();
        var officer = await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));
        async Task AddAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var (m, o) = await app.CreateOrganizationAsync();
                await app.SubmittedApplicationAsync(editionId, o, m.Id, budgetLines: 1 + i % 4);
            }
        }
        async Task<int> CountAsync()
        {
            using (await officer.GetAsync($"/editions/{editionId}/applications.xlsx")) { }
            app.Commands.Reset();
            using var response = await officer.GetAsync($"/editions/{editionId}/applications.xlsx");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return app.Commands.Count;
        }

        await AddAsync(3);
        var few = await CountAsync();
        await AddAsync(6);
        var many = await CountAsync();

        Assert.True(few > 0);
        Assert.Equal(few, many);
    }
}
