using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GrantHub.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GrantHub.Web.Tests.Applications;

/// <summary>
/// The burden of a second application, measured on the forms as they are served: every field the application holds
/// (the inputs of steps 1–3 and the profile fields shown on step 5) against the ones still empty after "Reuse my
/// previous application", which the organization must type. Nothing is hard-coded: add a field to a form and both
/// numbers follow.
/// </summary>
public sealed class BurdenTests(ApplicationsFactory app, ITestOutputHelper output) : IClassFixture<ApplicationsFactory>
{
    [Fact]
    public async Task An_organization_with_a_complete_profile_applying_a_second_time_types_at_most_a_third_of_the_fields()
    {
        var lastYear = await app.CreateEditionAsync(opensOn: new DateOnly(2025, 5, 1), closesOn: new DateOnly(2025, 5, 31), name: "第三届公益创投大赛");
        var thisYear = await app.CreateEditionAsync(name: "第四届公益创投大赛");
        var (memberUser, organizationId) = await app.CreateOrganizationAsync();
        await app.SubmittedApplicationAsync(lastYear, organizationId, memberUser.Id, budgetLines: 3, at: new DateTime(2025, 5, 12, 2, 0, 0, DateTimeKind.Utc));
        var member = await app.SignedInClientAsync(memberUser);

        var id = await member.ApplyAsync(thisYear);
        using (var reused = await member.SubmitFormAsync(ApplicationSteps.StepUrl(id, 1), $"/applications/{id}/reuse", new Dictionary<string, string>()))
            Assert.Equal(ApplicationSteps.StepUrl(id, 1), reused.RedirectPath());

        var held = 0;
        var typed = 0;
        for (var step = 1; step <= 3; step++)
        {
            var page = await member.GetPageAsync(ApplicationSteps.StepUrl(id, step));
            var fields = FormFields(page).ToList();
            Assert.NotEmpty(fields);
            held += fields.Count;
            typed += fields.Count(f => f.Empty);
            output.WriteLine($"step {step}: {fields.Count} fields, {fields.Count(f => f.Empty)} empty ({string.Join(", ", fields.Where(f => f.Empty).Select(f => f.Name))})");
        }
        var review = await member.GetPageAsync(ApplicationSteps.StepUrl(id, 5));
        var profile = review.QuerySelectorAll("[data-profile-field]").ToList();
        Assert.NotEmpty(profile);
        held += profile.Count;
        typed += profile.Count(p => p.TextContent.Trim() is "" or "—");
        output.WriteLine($"step 5 (profile, read-only): {profile.Count} fields, {profile.Count(p => p.TextContent.Trim() is "" or "—")} empty");
        output.WriteLine($"BURDEN: typed {typed} of {held} fields");

        Assert.Null(review.QuerySelector("#missing-parts"));
        Assert.True(typed * 3 <= held, $"typed {typed} of {held} fields: more than a third");
    }

    /// <summary>The fields of a step's form a person fills in: visible inputs, selects and textareas (not the remove boxes or blank extra rows).</summary>
    private static IEnumerable<(string Name, bool Empty)> FormFields(IHtmlDocument page)
    {
        var form = page.QuerySelector("form#step-form")!;
        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            if (element.Closest(".budget-row[data-blank='true']") is not null) continue;
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name)) continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "hidden" or "checkbox" or "submit" or "button":
                    continue;
                case IHtmlInputElement input:
                    yield return (name, string.IsNullOrWhiteSpace(input.Value));
                    break;
                case IHtmlTextAreaElement textarea:
                    yield return (name, string.IsNullOrWhiteSpace(textarea.Value));
                    break;
                case IHtmlSelectElement select:
                    yield return (name, string.IsNullOrEmpty(select.Options.FirstOrDefault(o => o.IsSelected)?.Value));
                    break;
            }
        }
    }
}
