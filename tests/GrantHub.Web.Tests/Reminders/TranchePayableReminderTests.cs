using GrantHub.Core;
using GrantHub.Core.Identity;
using GrantHub.Core.Notifications;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Reminders;

/// <summary>Program officers are reminded once of each tranche that became payable and nobody has requested.</summary>
public sealed class TranchePayableReminderTests(RemindersFactory app) : IClassFixture<RemindersFactory>
{
    [Fact]
    public async Task Each_officer_is_told_once_of_a_payable_tranche_until_it_is_requested()
    {
        var officer = await app.OfficerAsync();
        var second = await app.OfficerAsync();
        var (member, organizationId, _) = await app.OrganizationAsync();
        var project = await app.FundedProjectAsync(organizationId, member.Id, officer.Id, app.Today.AddDays(60), "儿童之家", payableTranche: true);

        await app.RunRemindersAsync();
        app.SetToday(app.Today.AddDays(1));
        await app.RunRemindersAsync();

        Assert.Equal(
            new[] { officer, second }.Select(o => ReminderPlan.Key(ReminderKinds.Tranche, project.FirstTrancheId, ReminderSteps.TranchePayable, o.Id)).Order(),
            (await app.SentKeysAsync()).Order());
        var mail = Assert.Single(await app.ReminderMailAsync(), m => m.To == second.Email);
        Assert.Contains("儿童之家", mail.Subject);
        Assert.Contains($"{RemindersFactory.PublicUrl}/grants/{project.GrantId}", mail.HtmlBody);
        Assert.Contains(Money.FromYuan(10_000m).ToString(), mail.TextBody);
    }
}
