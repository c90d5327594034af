using System.Net;
using GrantHub.Core.Competitions;
using GrantHub.Core.Identity;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GrantHub.Web.Tests.Applications;

/// <summary>资格审查: the officer passes an application or fails it with a reason the organization reads.</summary>
public sealed class ScreeningTests(ApplicationsFactory app) : IClassFixture<ApplicationsFactory>
{
    private static string Url(Guid id) => $"/applications/{id}/screening";

    [Fact]
    public async Task Failing_without_a_reason_is_refused_and_with_one_the_organization_reads_it()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, organizationId) = await app.CreateOrganizationAsync();
        var id = await app.SubmittedApplicationAsync(editionId, organizationId, memberUser.Id);
        var officer = await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));

        using (var refused = await officer.SubmitFormAsync(Url(id), Url(id), new Dictionary<string, string> { ["Form.Decision"] = "fail", ["Form.Reason"] = " " }))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.NotNull((await refused.ReadHtmlAsync()).FieldError("Form.Reason"));
        }
        Assert.Equal(ApplicationStatus.Submitted, (await app.ApplicationAsync(id)).Status);

        using (var failed = await officer.SubmitFormAsync(Url(id), Url(id),
                   new Dictionary<string, string> { ["Form.Decision"] = "fail", ["Form.Reason"] = "近两年年检不合格，不符合申报条件。" }))
            Assert.Equal($"/editions/{editionId}/applications", failed.RedirectPath());

        var saved = await app.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Ineligible, saved.Status);
        var member = await app.SignedInClientAsync(memberUser);
        var page = await member.GetPageAsync($"/applications/{id}");
        Assert.Contains("近两年年检不合格，不符合申报条件。", page.QuerySelector("#screening-reason")!.TextContent);
        var list = await member.GetPageAsync("/applications");
        Assert.Contains("近两年年检不合格", list.QuerySelector($"[data-application-id='{id}'] .next-step")!.TextContent);
        Assert.True(await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.To == memberUser.Email && m.TextBody.Contains("近两年年检不合格"))));
    }

    [Fact]
    public async Task Passing_needs_the_whole_checklist()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, organizationId) = await app.CreateOrganizationAsync();
        var id = await app.SubmittedApplicationAsync(editionId, organizationId, memberUser.Id);
        var officer = await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));
        var page = await officer.GetPageAsync(Url(id));
        string Result(string rule) => page.QuerySelector($"#eligibility-checks li[data-rule='{rule}']")!.GetAttribute("data-result")!;
        Assert.Equal("passed", Result("Organization type"));
        Assert.Equal("passed", Result("Annual inspection"));
        Assert.Equal("manual", Result("Documents verified"));

        using (var refused = await officer.SubmitFormAsync(Url(id), Url(id),
                   new Dictionary<string, string> { ["Form.Decision"] = "pass", ["Form.DocumentsAuthentic"] = "true" }))
        {
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.NotNull((await refused.ReadHtmlAsync()).FieldError("Form.Checklist"));
        }
        using (var passed = await officer.SubmitFormAsync(Url(id), Url(id), new Dictionary<string, string>
               {
                   ["Form.Decision"] = "pass", ["Form.DocumentsAuthentic"] = "true", ["Form.NoPenalties"] = "true", ["Form.IndependentAccount"] = "true",
               }))
            Assert.Equal(HttpStatusCode.Redirect, passed.StatusCode);

        var saved = await app.ApplicationAsync(id);
        Assert.Equal(ApplicationStatus.Eligible, saved.Status);
        Assert.True(saved.ScreeningPassed);
    }

    [Fact]
    public async Task The_administrator_reads_the_screening_page_but_cannot_decide()
    {
        var editionId = await app.CreateEditionAsync();
        var (memberUser, organizationId) = await app.CreateOrganizationAsync();
        var id = await app.SubmittedApplicationAsync(editionId, organizationId, memberUser.Id);
        var admin = await app.SignedInClientAsync(await app.CreateUserAsync("admin", Roles.Administrator));

        var page = await admin.GetPageAsync(Url(id));
        Assert.Null(page.QuerySelector("#screening-form"));
        Assert.NotNull(page.QuerySelector("#read-only-note"));
        var token = page.QuerySelector($"input[name='{Forms.AntiforgeryField}']")!.GetAttribute("value")!;
        using var post = await admin.PostAsync(Url(id), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [Forms.AntiforgeryField] = token, ["Form.Decision"] = "fail", ["Form.Reason"] = "x",
        }));
        Assert.True(post.IsRefusal(), $"{(int)post.StatusCode}");
        Assert.Equal(ApplicationStatus.Submitted, (await app.ApplicationAsync(id)).Status);
    }

    [Fact]
    public async Task The_list_filters_by_status_category_and_name()
    {
        var editionId = await app.CreateEditionAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            var (memberUser, organizationId) = await app.CreateOrganizationAsync(i == 2 ? "华兴新村青少年服务社" : "嘉禾社区为老服务中心");
            ids.Add(await app.SubmittedApplicationAsync(editionId, organizationId, memberUser.Id, project: $"项目{i}", category: i == 1 ? "青少年教育" : "为老服务"));
        }
        var officer = await app.SignedInClientAsync(await app.CreateUserAsync("officer", Roles.ProgramOfficer));
        using (await officer.SubmitFormAsync(Url(ids[0]), Url(ids[0]), new Dictionary<string, string> { ["Form.Decision"] = "fail", ["Form.Reason"] = "材料不全" })) { }
        var list = $"/editions/{editionId}/applications";
        var categoryId = (await officer.GetPageAsync(list)).QuerySelectorAll("#category option").Single(o => o.TextContent == "青少年教育").GetAttribute("value");

        Guid[] Shown(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelectorAll("#application-table tbody tr").Select(tr => Guid.Parse(tr.GetAttribute("data-application-id")!)).ToArray();

        Assert.Equal(3, Shown(await officer.GetPageAsync(list)).Length);
        Assert.Equal([ids[0]], Shown(await officer.GetPageAsync($"{list}?status=Ineligible")));
        Assert.Equal([ids[1]], Shown(await officer.GetPageAsync($"{list}?category={categoryId}")));
        Assert.Equal([ids[2]], Shown(await officer.GetPageAsync($"{list}?q=华兴新村")));
        Assert.Equal([ids[1]], Shown(await officer.GetPageAsync($"{list}?q=项目1")));
        Assert.NotNull((await officer.GetPageAsync($"{list}?q=没有这个")).QuerySelector("#no-applications"));
        var member = await app.SignedInClientAsync((await app.CreateOrganizationAsync()).Member);
        using var refused = await member.GetAsync(list);
        Assert.True(refused.IsRefusal());
    }
}
