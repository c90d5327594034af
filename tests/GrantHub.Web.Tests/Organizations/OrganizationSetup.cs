using System.Globalization;
using System.Net;
using System.Resources;
using System.Security.Cryptography;
using GrantHub.Core.Identity;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Resources;
using GrantHub.Web.Tests.Infrastructure;

namespace GrantHub.Web.Tests.Organizations;

/// <summary>Organizations, centers and residencies put straight into the database, as earlier requests would have left them.</summary>
public static class OrganizationSetup
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource).FullName!, typeof(SharedResource).Assembly);

    /// <summary>A fresh valid credit code: 社会团体 in Jiangsu with a random organization part.</summary>
    public static string NewCreditCode(string prefix = "51320000")
    {
        var first17 = prefix + new string(Enumerable.Range(0, 17 - prefix.Length)
            .Select(_ => CreditCode.Charset[RandomNumberGenerator.GetInt32(CreditCode.Charset.Length)]).ToArray());
        return first17 + CreditCode.CheckCharacter(first17);
    }

    /// <summary>What a Chinese user reads for a key (zh-CN is the default culture).</summary>
    public static string Zh(string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, Resources.GetString(key, new CultureInfo("zh-CN")) ?? key, args);

    /// <summary>An owner (an organization member by role) and their registered organization.</summary>
    public static async Task<(TestUser Owner, Guid OrganizationId)> CreateOrganizationAsync(this GrantHubFactory app,
        string? name = null, string? creditCode = null)
    {
        var owner = await app.CreateUserAsync("owner", Roles.OrganizationMember);
        var id = await app.WithDbAsync(async db =>
        {
            var org = Organization.Register(name ?? $"测试社会组织{Guid.NewGuid():N}"[..14], OrganizationType.SocialServiceOrganization,
                creditCode ?? NewCreditCode(), "李红", "13912345678", owner.Id, DateTime.UtcNow);
            db.Organizations.Add(org);
            await db.SaveChangesAsync();
            return org.Id;
        });
        return (owner, id);
    }

    public static async Task<TestUser> AddMemberAsync(this GrantHubFactory app, Guid organizationId)
    {
        var member = await app.CreateUserAsync("member", Roles.OrganizationMember);
        await app.WithDbAsync(async db =>
        {
            var org = await db.Organizations.FindAsync(organizationId) ?? throw new InvalidOperationException("no organization");
            await db.Entry(org).Collection(o => o.Members).LoadAsync();
            org.AddMember(member.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        return member;
    }

    /// <summary>A center with the given staff members.</summary>
    public static Task<int> CreateCenterAsync(this GrantHubFactory app, params TestUser[] staff) => app.WithDbAsync(async db =>
    {
        var center = new IncubationCenter { Name = $"测试孵化中心-{Guid.NewGuid():N}", Level = CenterLevel.Community, Address = "真州市", Desks = 10 };
        center.Staff.AddRange(staff.Select(s => new CenterStaffMember { UserId = s.Id }));
        db.IncubationCenters.Add(center);
        await db.SaveChangesAsync();
        return center.Id;
    });

    /// <summary>The organization applies for residency at the center.</summary>
    public static Task<Guid> ApplyAsync(this GrantHubFactory app, Guid organizationId, int centerId) => app.WithDbAsync(async db =>
    {
        var residency = Residency.Apply(organizationId, centerId, "需要办公场地和财务培训", DateTime.UtcNow);
        db.Residencies.Add(residency);
        await db.SaveChangesAsync();
        return residency.Id;
    });

    /// <summary>
    /// The app's refusal: a redirect to the access-denied page (what Forbid() does with cookie sign-in), or 403/404.
    /// </summary>
    public static void AssertRefused(HttpResponseMessage response)
    {
        if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound) return;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.RedirectPath());
    }

    /// <summary>POSTs a button-only form with a valid antiforgery token taken from <paramref name="pageWithToken"/>.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(this HttpClient client, string pageWithToken, string action,
        Dictionary<string, string>? fields = null)
    {
        var page = await client.GetPageAsync(pageWithToken);
        var token = page.QuerySelector($"input[name='{Forms.AntiforgeryField}']")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageWithToken} has no antiforgery token.");
        var all = new Dictionary<string, string>(fields ?? []) { [Forms.AntiforgeryField] = token };
        return await client.PostAsync(action, new FormUrlEncodedContent(all));
    }
}
