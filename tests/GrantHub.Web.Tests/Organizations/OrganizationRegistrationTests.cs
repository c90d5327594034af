using System.Net;
using GrantHub.Core.Identity;
using GrantHub.Core.Organizations;
using GrantHub.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GrantHub.Web.Tests.Organizations.OrganizationSetup;

namespace GrantHub.Web.Tests.Organizations;

/// <summary>
/// An organization and its first member's account in one short form: the person owns it, is signed in and lands on
/// "my organization"; a wrong or taken identifier is explained beside the field and nothing typed is lost.
/// </summary>
public sealed class OrganizationRegistrationTests(GrantHubFactory app) : IClassFixture<GrantHubFactory>
{
    private const string Page = "/organizations/register";

    private static Dictionary<string, string> Form(string email, string code, OrganizationType type = OrganizationType.SocialGroup) => new()
    {
        ["Name"] = "嘉禾社区为老服务协会",
        ["Type"] = type.ToString(),
        ["CreditCode"] = code,
        ["FilingNumber"] = "",
        ["ContactPerson"] = "李红",
        ["ContactMobile"] = "+86 139-1234-5678",
        ["Email"] = email,
        ["Password"] = "A short sentence 2026",
        ["ConfirmPassword"] = "A short sentence 2026",
    };

    private static string NewEmail() => $"org-{Guid.NewGuid():N}@test.granthub.cn";

    [Fact]
    public async Task A_newcomer_registers_the_organization_with_an_account_owns_it_and_lands_on_it_signed_in()
    {
        var email = NewEmail();
        var code = NewCreditCode();
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync(Page, Page, Form(email, code.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organization", response.RedirectPath());
        var saved = await app.WithDbAsync(db => db.Organizations.AsNoTracking().Include(o => o.Members)
            .SingleAsync(o => o.CreditCode == code));
        var user = await app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == email));
        Assert.Equal("嘉禾社区为老服务协会", saved.Name);
        Assert.Equal(OrganizationType.SocialGroup, saved.Type);
        Assert.Equal("13912345678", saved.ContactMobile);
        var owner = Assert.Single(saved.Members);
        Assert.Equal(user.Id, owner.UserId);
        Assert.True(owner.IsOwner);
        Assert.Equal("李红", user.DisplayName);
        Assert.Equal("13912345678", user.PhoneNumber);
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(ur => ur.UserId == user.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.OrganizationMember))));

        var mine = await client.GetPageAsync("/organization");
        Assert.Equal("李红", mine.SignedInAs());
        Assert.Equal("嘉禾社区为老服务协会", mine.QuerySelector("#organization-name")?.TextContent.Trim());
        Assert.NotNull(mine.QuerySelector("#edit-profile"));
        Assert.NotNull(mine.QuerySelector("#completeness"));
    }

    [Fact]
    public async Task A_code_already_registered_is_refused_with_how_to_join_and_nothing_typed_is_lost()
    {
        var (_, _) = await app.CreateOrganizationAsync(creditCode: "51320000MJ48123450");
        var email = NewEmail();
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync(Page, Page, Form(email, "51320000mj48123450"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(Zh("An organization with this credit code is already registered. To join it, ask its owner to invite you by e-mail."),
            page.FieldError("CreditCode"));
        Assert.Equal("嘉禾社区为老服务协会", page.InputValue("Name"));
        Assert.Equal("51320000mj48123450", page.InputValue("CreditCode"));
        Assert.Equal("李红", page.InputValue("ContactPerson"));
        Assert.Equal("+86 139-1234-5678", page.InputValue("ContactMobile"));
        Assert.Equal(email, page.InputValue("Email"));
        Assert.Equal("SocialGroup", page.QuerySelector("select[name=Type] option[selected]")?.GetAttribute("value"));
        Assert.Null(page.SignedInAs());
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Organizations.CountAsync(o => o.CreditCode == "51320000MJ48123450")));
    }

    public static TheoryData<string, string> BadCodes => new()
    {
        { "51320000MJ4812345", Zh("A unified social credit code has 18 characters; this one has {0}.", 17) },
        { "51320000MJ4O123450", Zh("The credit code cannot contain \"{0}\": it uses digits and capital letters only, never I, O, S, V or Z.", "O") },
        { "51A20000MJ48123454", Zh("Characters 3 to 8 of the credit code are the region code and must be digits.") },
        { "51320000MJ48123451", Zh("The last character of the credit code does not match the others: compare every character with the registration certificate.") },
        { "", Zh("Enter the organization's 18-character unified social credit code.") },
    };

    [Theory]
    [MemberData(nameof(BadCodes))]
    public async Task Each_problem_with_a_credit_code_has_its_own_message(string code, string message)
    {
        var email = NewEmail();

        using var response = await app.CreateBrowserClient().SubmitFormAsync(Page, Page, Form(email, code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(message, page.FieldError("CreditCode"));
        Assert.Equal(code, page.InputValue("CreditCode") ?? "");
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task A_filed_community_organization_registers_with_its_filing_number_and_no_code()
    {
        var email = NewEmail();
        var form = Form(email, "");
        form["Type"] = nameof(OrganizationType.CommunityOrganization);
        form["Name"] = "华兴新村睦邻互助会";
        form["FilingNumber"] = "真州备字2016第018号";
        var client = app.CreateBrowserClient();

        using var response = await client.SubmitFormAsync(Page, Page, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.WithDbAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.FilingNumber == "真州备字2016第018号"));
        Assert.Null(saved.CreditCode);
        Assert.Equal(OrganizationType.CommunityOrganization, saved.Type);
        Assert.Equal("真州备字2016第018号", (await client.GetPageAsync("/organization")).QuerySelector("#profile-code")?.TextContent.Trim());
    }

    [Fact]
    public async Task A_filed_community_organization_without_its_filing_number_is_asked_for_it()
    {
        var email = NewEmail();
        var form = Form(email, "");
        form["Type"] = nameof(OrganizationType.CommunityOrganization);

        using var response = await app.CreateBrowserClient().SubmitFormAsync(Page, Page, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadHtmlAsync();
        Assert.Equal(Zh("Enter the filing number (备案编号) the street office gave the organization."), page.FieldError("FilingNumber"));
        Assert.Null(page.FieldError("CreditCode"));
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_is_refused_and_no_organization_is_left_behind()
    {
        var existing = await app.CreateUserAsync("taken");
        var code = NewCreditCode();

        using var response = await app.CreateBrowserClient().SubmitFormAsync(Page, Page, Form(existing.Email, code));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await response.ReadHtmlAsync()).ErrorSummary());
        Assert.False(await app.WithDbAsync(db => db.Organizations.AnyAsync(o => o.CreditCode == code)));
    }

    [Fact]
    public async Task A_signed_in_member_without_an_organization_gets_the_form_without_the_account_part_and_owns_the_result()
    {
        var person = await app.CreateUserAsync("member", Roles.OrganizationMember);
        var client = await app.SignedInClientAsync(person);
        var code = NewCreditCode();

        var form = await client.GetPageAsync(Page);
        Assert.Null(form.QuerySelector("input[name=Email]"));
        Assert.Null(form.QuerySelector("#account-part"));
        Assert.Equal("Test member", form.InputValue("ContactPerson"));
        var typed = Form("ignored@test.granthub.cn", code);
        using var response = await client.SubmitFormAsync(form, Page, typed);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organization", response.RedirectPath());
        var owner = await app.WithDbAsync(db => db.OrganizationMembers.AsNoTracking()
            .SingleAsync(m => m.UserId == person.Id));
        Assert.True(owner.IsOwner);
        Assert.False(await app.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "ignored@test.granthub.cn")));
    }

    [Fact]
    public async Task Someone_who_already_belongs_to_an_organization_is_sent_to_it_instead_of_registering_another()
    {
        var (owner, _) = await app.CreateOrganizationAsync();
        var client = await app.SignedInClientAsync(owner);

        using var response = await client.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/organization", response.RedirectPath());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var code = NewCreditCode();
        var client = app.CreateBrowserClient();
        await client.GetPageAsync(Page);

        using var response = await client.PostAsync(Page, new FormUrlEncodedContent(Form(NewEmail(), code)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Organizations.AnyAsync(o => o.CreditCode == code)));
    }

    [Fact]
    public async Task The_account_registration_page_and_the_home_page_point_organizations_to_this_form()
    {
        var client = app.CreateBrowserClient();

        Assert.NotNull((await client.GetPageAsync("/account/register")).QuerySelector($"a[href='{Page}']"));
        Assert.NotNull((await client.GetPageAsync("/")).QuerySelector($".hero a[href='{Page}']"));
    }
}
