using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using GrantHub.Web.Tests.Organizations;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Ledgers;

/// <summary>A post that names no ledger (a hand-made request) is answered with the page and a Chinese message; nothing is queued.</summary>
public sealed class MissingLedgerTests(LedgersFactory app) : IClassFixture<LedgersFactory>
{
    [Fact]
    public async Task A_post_without_a_ledger_is_refused_with_a_localized_message()
    {
        var officer = await app.ClientAsync(Roles.ProgramOfficer);

        using var response = await officer.PostWithTokenAsync("/ledgers", "/ledgers", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("请选择一种台账。", (await response.ReadHtmlAsync()).QuerySelector("main")!.TextContent);
        Assert.Equal(0, await app.WithDbAsync(db => db.ExportJobs.CountAsync()));
    }
}
