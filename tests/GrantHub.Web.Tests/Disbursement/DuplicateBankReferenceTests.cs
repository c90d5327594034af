using System.Net;
using GrantHub.Core.Funding;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using static GrantHub.Web.Tests.Disbursement.DisbursementSteps;
using static GrantHub.Web.Tests.Disbursement.GrantFixtures;

namespace GrantHub.Web.Tests.Disbursement;

/// <summary>
/// One bank payment is recorded once: a reference already on another tranche is refused with a message beside the
/// form (what was typed is kept), whether it was saved long ago or a moment ago by a colleague.
/// </summary>
public sealed class DuplicateBankReferenceTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private const string Taken = "该银行流水号已登记在另一笔拨付上。";

    [Fact]
    public async Task A_reference_already_recorded_on_another_tranche_is_refused_beside_the_form_with_what_was_typed()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var paid = await ConfirmedGrantAsync(app, officer: officer);
        var other = await ConfirmedGrantAsync(app, officer: officer);
        await PaidAsync(app, paid.Tranches[0], officer.Id, finance.Id, "BOC-7788");
        await ApprovedAsync(app, other.Tranches[0], officer.Id, finance.Id);
        var client = await app.SignedInClientAsync(finance);

        var response = await client.SubmitFormAsync("/finance", $"/tranches/{other.Tranches[0]}/pay",
            new Dictionary<string, string> { ["BankReference"] = " BOC-7788 " });

        var page = await FollowAsync(client, response);
        var form = page.QuerySelector($"form[action='/tranches/{other.Tranches[0]}/pay']")!;
        Assert.Equal(Taken, form.QuerySelector(".invalid-feedback")!.TextContent.Trim());
        Assert.Equal(" BOC-7788 ", form.QuerySelector("input[name=BankReference]")!.GetAttribute("value"));
        Assert.Contains("is-invalid", form.QuerySelector("input[name=BankReference]")!.ClassName, StringComparison.Ordinal);
        var tranche = await TrancheAsync(app, other.Tranches[0]);
        Assert.Equal(TrancheStatus.Approved, tranche.Status);
        Assert.Null(tranche.BankReference);

        // Shown once: the next page no longer carries the refusal.
        var again = await client.GetPageAsync("/finance");
        Assert.Null(again.QuerySelector($"form[action='/tranches/{other.Tranches[0]}/pay'] .invalid-feedback"));
    }

    [Fact]
    public async Task The_same_reference_typed_on_two_tranches_at_the_same_moment_is_recorded_on_one_only()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grants = new[] { await ConfirmedGrantAsync(app, officer: officer), await ConfirmedGrantAsync(app, officer: officer) };
        foreach (var g in grants) await ApprovedAsync(app, g.Tranches[0], officer.Id, finance.Id);
        var client = await app.SignedInClientAsync(finance);
        var desk = await client.GetPageAsync("/finance");

        var responses = await Task.WhenAll(grants.Select(g =>
        {
            var fields = FieldsOf(desk, $"/tranches/{g.Tranches[0]}/pay");
            fields["BankReference"] = "CCB-SAME-REF";
            return client.PostAsync($"/tranches/{g.Tranches[0]}/pay", new FormUrlEncodedContent(fields));
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var tranches = await Task.WhenAll(grants.Select(g => TrancheAsync(app, g.Tranches[0])));
        Assert.Single(tranches, t => t.Status == TrancheStatus.Paid && t.BankReference == "CCB-SAME-REF");
        Assert.Single(tranches, t => t.Status == TrancheStatus.Approved && t.BankReference is null);
    }
}
