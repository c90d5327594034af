using System.Globalization;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Incubation;

/// <summary>
/// The organization hears the center's decisions without having to look: admitted, not admitted (with the reason),
/// graduated (with the certificate number), in the app and by e-mail to every member in the language each one chose.
/// </summary>
public sealed class ResidencyDecisionMessagesTests(IncubationFactory app) : IClassFixture<IncubationFactory>
{
    [Fact]
    public async Task Admission_at_a_desk_tells_every_member_in_their_language_once()
    {
        var (centerId, center, staff, member, english, id) = await AppliedAsync("仪征市真州镇社会组织孵化中心");

        await staff.StepAsync(id, "admit", new() { ["Admit.TermMonths"] = "24", ["Admit.Placement"] = "Desk" });

        var mails = await MailsAsync(id, "admitted");
        var zh = Assert.Single(mails, m => m.To == member.Email);
        Assert.Equal($"已获准入驻{center}", zh.Subject);
        Assert.Contains($"{center}已同意贵组织入驻，入驻期自 2026-03-18 至 2028-03-18。", zh.TextBody);
        Assert.Contains("贵组织的工位：1 号。", zh.TextBody);
        var en = Assert.Single(mails, m => m.To == english.Email);
        Assert.Equal($"Admitted to {center}", en.Subject);
        Assert.Contains("Your desk: number 1.", en.TextBody);
        Assert.Equal(2, mails.Count);
        var bell = await (await app.SignedInClientAsync(member)).GetPageAsync("/notifications");
        Assert.Contains($"{center}已同意贵组织入驻，入驻期自 2026-03-18 至 2028-03-18。", bell.QuerySelector("main")!.TextContent);
        Assert.Equal(centerId, (await app.ResidencyAsync(id)).CenterId);
    }

    [Fact]
    public async Task A_refusal_carries_its_reason()
    {
        var (_, center, staff, member, _, id) = await AppliedAsync("嘉禾社区社会组织孵化中心");

        await staff.StepAsync(id, "reject", new() { ["Reject.Reason"] = "近两年年检不合格，整改后欢迎再次申请。" });

        var zh = Assert.Single(await MailsAsync(id, "rejected"), m => m.To == member.Email);
        Assert.Equal($"贵组织入驻{center}的申请未获通过", zh.Subject);
        Assert.Contains("原因：近两年年检不合格，整改后欢迎再次申请。", zh.TextBody);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == member.Id && n.Link == "/residency")));
    }

    [Fact]
    public async Task Graduation_sends_the_certificate_number_and_links_to_the_certificate()
    {
        var (_, center, staff, member, _, id) = await AppliedAsync("华兴新村社会组织孵化中心");
        await staff.StepAsync(id, "admit", new() { ["Admit.TermMonths"] = "12", ["Admit.Placement"] = "Virtual" });
        await staff.StepAsync(id, "assessments", new()
        {
            ["Assessment.Kind"] = "Graduation",
            ["Assessment.Governance"] = "20",
            ["Assessment.Team"] = "18",
            ["Assessment.Finance"] = "17",
            ["Assessment.ProjectOperation"] = "15",
            ["Assessment.Comment"] = "治理结构健全，同意出壳。",
        });

        await staff.StepAsync(id, "graduate");

        var number = (await app.ResidencyAsync(id)).CertificateNumber;
        var zh = Assert.Single(await MailsAsync(id, "graduated"), m => m.To == member.Email);
        Assert.Equal($"已从{center}出壳", zh.Subject);
        Assert.Contains($"证书编号：{number}。", zh.TextBody);
        Assert.Contains($"/residencies/{id}/certificate", zh.TextBody);
        var admitted = Assert.Single(await MailsAsync(id, "admitted"), m => m.To == member.Email);
        Assert.Contains("贵组织为虚拟入驻", admitted.TextBody);
        Assert.Equal(1, await app.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == member.Id && n.Link == $"/residencies/{id}/certificate")));
    }

    /// <summary>A center with its staff; an organization with two members (the second reads English) that applied there.</summary>
    private async Task<(int CenterId, string Center, HttpClient Staff, TestUser Member, TestUser English, Guid ResidencyId)> AppliedAsync(string center)
    {
        center = $"{center}{Guid.NewGuid().ToString("N")[..4]}";
        var centerId = await app.CreateCenterAsync(desks: 2, name: center);
        var staff = await app.SignedInClientAsync(await app.CreateStaffAsync(centerId));
        var (member, organizationId) = await app.CreateOrganizationAsync("嘉禾社区巧手互助会");
        var english = await app.CreateUserAsync("org-en", Roles.OrganizationMember);
        await app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.Include(o => o.Members).SingleAsync(o => o.Id == organizationId);
            org.AddMember(english.Id, app.Now);
            (await db.Users.SingleAsync(u => u.Id == english.Id)).PreferredCulture = "en";
            return await db.SaveChangesAsync();
        });
        using (await (await app.SignedInClientAsync(member)).SubmitFormAsync("/residency/apply", "/residency/apply", new Dictionary<string, string>
               {
                   ["Form.CenterId"] = centerId.ToString(CultureInfo.InvariantCulture),
                   ["Form.Needs"] = "需要活动场地",
               }))
        {
        }
        var id = await app.WithDbAsync(db => db.Residencies.Where(r => r.OrganizationId == organizationId).Select(r => r.Id).SingleAsync());
        await staff.StepAsync(id, "review");
        return (centerId, center, staff, member, english, id);
    }

    private Task<List<GrantHub.Core.Notifications.OutboxMessage>> MailsAsync(Guid residencyId, string step) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.DeduplicationKey!.StartsWith($"residency-{step}:{residencyId}")).ToListAsync());
}
