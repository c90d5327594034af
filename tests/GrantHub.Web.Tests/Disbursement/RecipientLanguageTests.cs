using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Applications;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Disbursement.DisbursementSteps;
using static GrantHub.Web.Tests.Disbursement.GrantFixtures;

namespace GrantHub.Web.Tests.Disbursement;

/// <summary>An e-mail is written in its recipient's language, not in the language of the officer whose step sent it.</summary>
public sealed class RecipientLanguageTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task A_member_who_reads_english_is_told_of_a_payment_in_english_though_finance_works_in_chinese()
    {
        var officer = await app.CreateUserAsync("officer", Roles.ProgramOfficer);
        var finance = await app.CreateUserAsync("finance", Roles.FinanceOfficer);
        var grant = await ConfirmedGrantAsync(app, officer: officer);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == grant.Member.Id)).PreferredCulture = "en";
            return await db.SaveChangesAsync();
        });
        var trancheId = grant.Tranches[0];
        await ApprovedAsync(app, trancheId, officer.Id, finance.Id);
        var client = await app.SignedInClientAsync(finance);
        var fields = FieldsOf(await client.GetPageAsync("/finance"), $"/tranches/{trancheId}/pay");
        fields["BankReference"] = "ICBC-2026-EN-0001";
        fields["PaidOn"] = ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd");

        var shown = await FollowAsync(client, await client.PostAsync($"/tranches/{trancheId}/pay", new FormUrlEncodedContent(fields)));

        Assert.StartsWith("第 1 笔款项（¥250.00）", Flash(shown));
        var mail = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DeduplicationKey == $"tranche-paid:{trancheId}:{grant.Member.Id}"));
        Assert.Equal("Tranche 1 of ¥250.00 was paid", mail.Subject);
        Assert.Contains("The bank's reference: ICBC-2026-EN-0001.", mail.TextBody);
    }
}
