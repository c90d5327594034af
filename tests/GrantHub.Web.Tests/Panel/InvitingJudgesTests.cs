using System.Net;
using System.Text.RegularExpressions;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Panel;

/// <summary>
/// The officer invites judges by e-mail: a new address gets an account with the judge role and one e-mail whose link
/// lets the person choose a password; an existing account is given the role and a seat on the panel.
/// </summary>
public sealed partial class InvitingJudgesTests(PanelFactory app) : IClassFixture<PanelFactory>
{
    [Fact]
    public async Task Inviting_a_new_address_creates_a_judge_account_and_one_e_mail_whose_link_sets_the_password()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync();
        var email = $"wang-{Guid.NewGuid():N}@yzu.edu.cn";

        using (var invited = await officer.SubmitFormAsync($"/editions/{editionId}/judges", $"/editions/{editionId}/judges",
                   new Dictionary<string, string>
                   {
                       ["Invite.Email"] = email, ["Invite.DisplayName"] = "王教授", ["Invite.Affiliation"] = "扬州大学社会发展学院",
                       ["Invite.Expertise"] = "为老服务", ["Invite.OtherExpertise"] = "社区治理，社会工作",
                   }))
            PanelFactory.Redirected(invited, $"/editions/{editionId}/judges");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(email);
            Assert.NotNull(user);
            Assert.Equal("王教授", user.DisplayName);
            Assert.Equal([Roles.Judge], await users.GetRolesAsync(user));
            var profile = await app.WithDbAsync(db => db.JudgeProfiles.AsNoTracking().SingleAsync(p => p.UserId == user.Id));
            Assert.Equal(["为老服务", "社区治理", "社会工作"], profile.Expertise);
            Assert.Equal("扬州大学社会发展学院", profile.Affiliation);
            Assert.True(await app.WithDbAsync(db => db.EditionJudges.AnyAsync(j => j.EditionId == editionId && j.UserId == user.Id)));
        }
        var panel = await officer.GetPageAsync($"/editions/{editionId}/judges");
        Assert.Contains(email, panel.QuerySelector("#judge-table")!.TextContent);

        var mail = Assert.Single(await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.To == email).ToListAsync()));
        var link = ResetLink().Match(mail.TextBody);
        Assert.True(link.Success, "the invitation holds a password link:\n" + mail.TextBody);

        var judge = app.CreateBrowserClient();
        var form = await judge.GetPageAsync(new Uri(link.Value).PathAndQuery);
        Assert.Equal(email, form.InputValue("Email"));
        const string password = "A judge's own sentence 2026";
        using (var reset = await judge.SubmitFormAsync(form, "/account/reset-password",
                   new Dictionary<string, string> { ["Password"] = password, ["ConfirmPassword"] = password }))
            PanelFactory.Redirected(reset, "/account/login");
        await app.CreateBrowserClient().SignInAsync(email, password);
    }

    [Fact]
    public async Task Inviting_an_existing_account_gives_it_the_judge_role_and_a_seat_without_a_second_account()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync();
        var person = await app.CreateUserAsync("scholar", Roles.OrganizationMember);

        using (var invited = await officer.SubmitFormAsync($"/editions/{editionId}/judges", $"/editions/{editionId}/judges",
                   new Dictionary<string, string> { ["Invite.Email"] = person.Email.ToUpperInvariant(), ["Invite.DisplayName"] = "李老师" }))
            PanelFactory.Redirected(invited, $"/editions/{editionId}/judges");

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByIdAsync(person.Id))!;
        Assert.Equal([Roles.Judge, Roles.OrganizationMember], (await users.GetRolesAsync(user)).Order());
        Assert.True(await app.WithDbAsync(db => db.EditionJudges.AnyAsync(j => j.EditionId == editionId && j.UserId == person.Id)));
        var judgeRole = await app.WithDbAsync(db => db.Roles.Where(r => r.Name == Roles.Judge).Select(r => r.Id).SingleAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == "UserRole" && e.EntityKey == person.Id + "/" + judgeRole)),
            "the role grant is in the audit trail");

        using var again = await officer.SubmitFormAsync($"/editions/{editionId}/judges", $"/editions/{editionId}/judges",
            new Dictionary<string, string> { ["Invite.Email"] = person.Email, ["Invite.DisplayName"] = "李老师" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.NotNull((await again.ReadHtmlAsync()).FieldError("Invite.Email"));
        Assert.Equal(1, await app.WithDbAsync(db => db.EditionJudges.CountAsync(j => j.EditionId == editionId && j.UserId == person.Id)));
    }

    [Fact]
    public async Task A_judge_who_started_a_score_sheet_stays_on_the_panel_and_one_who_did_not_leaves_with_their_assignments()
    {
        var officer = await app.OfficerAsync();
        var editionId = await app.EditionAsync();
        var (applicationId, _, _) = await app.EligibleApplicationAsync(editionId);
        var busy = await app.JudgeAsync(editionId);
        var idle = await app.JudgeAsync(editionId);
        await app.WithDbAsync(db =>
        {
            db.JudgeAssignments.Add(new Core.Judging.Assignment(editionId, applicationId, busy.Id, 1, app.Now));
            db.JudgeAssignments.Add(new Core.Judging.Assignment(editionId, applicationId, idle.Id, 1, app.Now));
            return db.SaveChangesAsync();
        });
        await app.StartSheetAsync((await app.AssignmentsAsync(editionId)).Single(a => a.JudgeUserId == busy.Id).Id);

        var page = await officer.GetPageAsync($"/editions/{editionId}/judges");
        Assert.Null(page.QuerySelector($"tr[data-user-id='{busy.Id}'] form"));
        using (var refused = await PanelFactory.SubmitAsync(officer, $"/editions/{editionId}/judges", $"/editions/{editionId}/judges/remove",
                   new() { ["userId"] = busy.Id }, ("userId", idle.Id)))
            PanelFactory.Redirected(refused, $"/editions/{editionId}/judges");
        using (var removed = await PanelFactory.SubmitAsync(officer, $"/editions/{editionId}/judges", $"/editions/{editionId}/judges/remove",
                   [], ("userId", idle.Id)))
            PanelFactory.Redirected(removed, $"/editions/{editionId}/judges");

        var seats = await app.WithDbAsync(db => db.EditionJudges.Where(j => j.EditionId == editionId).Select(j => j.UserId).ToListAsync());
        Assert.Equal([busy.Id], seats);
        Assert.Equal([busy.Id], (await app.AssignmentsAsync(editionId)).Select(a => a.JudgeUserId));
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/account/reset-password\?[^\s""<>]+")]
    private static partial Regex ResetLink();
}
