using System.Net;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Organizations.OrganizationSetup;

namespace GrantHub.Web.Tests.Organizations;

/// <summary>The owner completes the profile; a new name or code withdraws the verification; a concurrent save is never overwritten.</summary>
public sealed class OrganizationProfileEditTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    private const string EditPage = "/organization/edit";

    private static Dictionary<string, string> FullProfile(string name, string code) => new()
    {
        ["Name"] = name,
        ["Type"] = nameof(OrganizationType.SocialServiceOrganization),
        ["CreditCode"] = code,
        ["ContactPerson"] = "李红",
        ["ContactMobile"] = "13912345678",
        ["RegistrationAuthority"] = "真州市民政局",
        ["RegisteredOn"] = "2018-05-20",
        ["LegalRepresentative"] = "王建国",
        ["Address"] = "真州市嘉禾路 88 号",
        ["ServiceFields"] = "ElderlyCare",
        ["StaffCount"] = "6",
        ["VolunteerCount"] = "40",
        ["Grade"] = "A3",
        ["AnnualInspection"] = "Passed",
        ["Introduction"] = "为社区老人提供助餐和陪伴。",
        ["BankAccountName"] = name,
        ["BankName"] = "中国工商银行真州支行",
        ["BankAccountNumber"] = "6222 0000 1111 2222",
    };

    private Task<Organization> LoadAsync(Guid id) => app.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == id));

    [Fact]
    public async Task The_owner_fills_every_field_and_the_profile_becomes_complete()
    {
        var code = NewCreditCode();
        var (owner, id) = await app.CreateOrganizationAsync(name: "嘉禾社区为老服务中心", creditCode: code);
        var client = await app.SignedInClientAsync(owner);

        using var response = await client.SubmitFormAsync(EditPage, EditPage, FullProfile("嘉禾社区为老服务中心", code));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organization", response.RedirectPath());
        var org = await LoadAsync(id);
        Assert.Equal(new DateOnly(2018, 5, 20), org.RegisteredOn);
        Assert.Equal(ServiceField.ElderlyCare, org.ServiceFields);
        Assert.Equal(EvaluationGrade.A3, org.Grade);
        Assert.Equal(AnnualInspection.Passed, org.AnnualInspection);
        Assert.Equal(40, org.VolunteerCount);
        Assert.Equal("6222 0000 1111 2222", org.BankAccountNumber);
        Assert.Equal(100, org.Completeness().Percent);
        var page = await client.GetPageAsync("/organization");
        Assert.Equal("100", page.QuerySelector("#completeness")?.GetAttribute("data-percent"));
        Assert.Null(page.QuerySelector("#missing-parts"));
    }

    [Fact]
    public async Task Several_service_fields_are_ticked_and_kept_together()
    {
        var code = NewCreditCode();
        var (owner, id) = await app.CreateOrganizationAsync(creditCode: code);
        var client = await app.SignedInClientAsync(owner);
        var form = await client.GetPageAsync(EditPage);
        var name = form.InputValue("Name")!;
        var fields = FullProfile(name, code).Where(p => p.Key != "ServiceFields").ToList();
        fields.Add(new("ServiceFields", "Youth"));
        fields.Add(new("ServiceFields", "Education"));
        fields.Add(new("__RequestVerificationToken", form.InputValue("__RequestVerificationToken")!));
        fields.Add(new("Version", form.InputValue("Version")!));

        using var response = await client.PostAsync(EditPage, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ServiceField.Youth | ServiceField.Education, (await LoadAsync(id)).ServiceFields);
        var again = await client.GetPageAsync(EditPage);
        Assert.NotNull(again.QuerySelector("#field-Youth[checked]"));
        Assert.NotNull(again.QuerySelector("#field-Education[checked]"));
        Assert.Null(again.QuerySelector("#field-ElderlyCare[checked]"));
    }

    [Fact]
    public async Task A_new_name_withdraws_the_verification_and_the_owner_is_told()
    {
        var code = NewCreditCode();
        var (owner, id) = await app.CreateOrganizationAsync(name: "旧名称社会组织", creditCode: code);
        await app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.SingleAsync(o => o.Id == id);
            org.Verify(owner.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var client = await app.SignedInClientAsync(owner);
        Assert.NotNull((await client.GetPageAsync(EditPage)).QuerySelector("#verification-warning"));

        using var response = await client.SubmitFormAsync(EditPage, EditPage, FullProfile("新名称社会组织", code));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var org = await LoadAsync(id);
        Assert.Equal("新名称社会组织", org.Name);
        Assert.False(org.IsVerified);
        var page = await client.GetPageAsync("/organization");
        Assert.Contains(Zh("The profile is saved. Because the name or the code changed, the verification was withdrawn: center staff will check the documents again."),
            page.QuerySelector(".alert-success")?.TextContent);
        Assert.NotNull(page.QuerySelector("#not-verified-badge"));
    }

    [Fact]
    public async Task A_profile_saved_by_someone_else_meanwhile_is_not_overwritten_and_the_input_is_kept()
    {
        var code = NewCreditCode();
        var (owner, id) = await app.CreateOrganizationAsync(name: "并发测试组织", creditCode: code);
        var client = await app.SignedInClientAsync(owner);
        var form = await client.GetPageAsync(EditPage);
        await app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.SingleAsync(o => o.Id == id);
            org.Address = "别人刚刚保存的地址";
            org.Touch();
            return await db.SaveChangesAsync();
        });

        using var response = await client.SubmitFormAsync(form, EditPage, FullProfile("并发测试组织（改）", code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Contains(Zh("Someone else saved this profile while you were editing it. Your input is still below: copy what you need, reload the page to see their changes, and save again."),
            page.ErrorSummary()?.TextContent);
        Assert.Equal("并发测试组织（改）", page.InputValue("Name"));
        Assert.Equal("真州市嘉禾路 88 号", page.InputValue("Address"));
        var saved = await LoadAsync(id);
        Assert.Equal("并发测试组织", saved.Name);
        Assert.Equal("别人刚刚保存的地址", saved.Address);
    }

    [Fact]
    public async Task A_code_of_another_organization_is_refused_beside_the_field()
    {
        var taken = NewCreditCode();
        await app.CreateOrganizationAsync(creditCode: taken);
        var code = NewCreditCode();
        var (owner, id) = await app.CreateOrganizationAsync(creditCode: code);
        var client = await app.SignedInClientAsync(owner);

        using var response = await client.SubmitFormAsync(EditPage, EditPage, FullProfile("想用别人代码的组织", taken.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Zh("An organization with this credit code is already registered. To join it, ask its owner to invite you by e-mail."),
            (await response.ReadHtmlAsync()).FieldError("CreditCode"));
        Assert.Equal(code, (await LoadAsync(id)).CreditCode);
    }

    [Fact]
    public async Task A_registration_date_in_the_future_is_refused()
    {
        var code = NewCreditCode();
        var (owner, id) = await app.CreateOrganizationAsync(creditCode: code);
        var client = await app.SignedInClientAsync(owner);
        var form = FullProfile("未来日期组织", code);
        form["RegisteredOn"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd");

        using var response = await client.SubmitFormAsync(EditPage, EditPage, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((await response.ReadHtmlAsync()).FieldError("RegisteredOn")));
        Assert.Null((await LoadAsync(id)).RegisteredOn);
    }

    [Fact]
    public async Task A_member_who_is_not_the_owner_cannot_open_or_post_the_form()
    {
        var code = NewCreditCode();
        var (_, id) = await app.CreateOrganizationAsync(name: "只有负责人能改", creditCode: code);
        var member = await app.AddMemberAsync(id);
        var client = await app.SignedInClientAsync(member);

        using (var get = await client.GetAsync(EditPage)) AssertRefused(get);
        var mine = await client.GetPageAsync("/organization");
        Assert.Null(mine.QuerySelector("#edit-profile"));
        using (var post = await client.PostWithTokenAsync("/organization", EditPage, FullProfile("被成员改掉的名字", code))) AssertRefused(post);

        Assert.Equal("只有负责人能改", (await LoadAsync(id)).Name);
    }

    [Fact]
    public async Task Someone_without_an_organization_is_shown_how_to_get_one()
    {
        var person = await app.CreateUserAsync("lonely");
        var client = await app.SignedInClientAsync(person);

        var page = await client.GetPageAsync("/organization");

        Assert.NotNull(page.QuerySelector("#no-organization a[href='/organizations/register']"));
        using var edit = await client.GetAsync(EditPage);
        Assert.Equal("/organization", edit.RedirectPath());
    }
}
