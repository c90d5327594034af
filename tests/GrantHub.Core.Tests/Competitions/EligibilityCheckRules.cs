using GrantHub.Core.Competitions;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Core.Tests.Organizations;

namespace GrantHub.Core.Tests.Competitions;

/// <summary>Each rule passes, fails, or asks for a manual look when the records cannot tell.</summary>
public sealed class EligibilityCheckRules
{
    private static readonly DateOnly Today = new(2026, 5, 10);

    private static bool? Result(IReadOnlyList<EligibilityCheck> checks, string rule) => checks.Single(c => c.Rule == rule).Passed;

    [Fact]
    public void An_accepted_type_passes_and_another_fails()
    {
        var edition = ApplicationBuilder.Edition(types: [OrganizationType.CommunityOrganization]);

        Assert.True(Result(Eligibility.Check(edition, new OrganizationBuilder().Filed().Build(), [], Today), Eligibility.TypeRule));
        Assert.False(Result(Eligibility.Check(edition, new OrganizationBuilder().Build(), [], Today), Eligibility.TypeRule));
    }

    [Fact]
    public void Every_type_passes_when_the_edition_names_none()
    {
        var check = Eligibility.Check(ApplicationBuilder.Edition(), new OrganizationBuilder().Build(), [], Today).Single(c => c.Rule == Eligibility.TypeRule);

        Assert.True(check.Passed);
        Assert.Equal([OrganizationType.SocialServiceOrganization], check.Args);
    }

    [Fact]
    public void Years_registered_count_from_the_registration_date()
    {
        var edition = ApplicationBuilder.Edition(minYears: 8);
        var org = new OrganizationBuilder().Complete().Build(); // registered on 2018-05-20

        Assert.False(Result(Eligibility.Check(edition, org, [], Today), Eligibility.YearsRule));
        Assert.True(Result(Eligibility.Check(edition, org, [], new DateOnly(2026, 5, 20)), Eligibility.YearsRule));
    }

    [Fact]
    public void Without_a_registration_date_the_years_need_a_manual_look()
    {
        var check = Eligibility.Check(ApplicationBuilder.Edition(minYears: 2), new OrganizationBuilder().Build(), [], Today)
            .Single(c => c.Rule == Eligibility.YearsRule);

        Assert.Null(check.Passed);
        Assert.Equal("The profile has no registration date; at least {0} years required", check.Detail);
    }

    [Fact]
    public void The_grade_must_reach_the_minimum()
    {
        var edition = ApplicationBuilder.Edition(minGrade: EvaluationGrade.A3);
        var org = new OrganizationBuilder().Build();

        org.Grade = EvaluationGrade.A2;
        Assert.False(Result(Eligibility.Check(edition, org, [], Today), Eligibility.GradeRule));
        org.Grade = EvaluationGrade.A3;
        Assert.True(Result(Eligibility.Check(edition, org, [], Today), Eligibility.GradeRule));
    }

    [Theory]
    [InlineData(new ResidencyStatus[] { }, false)]
    [InlineData(new[] { ResidencyStatus.Applied, ResidencyStatus.Rejected }, false)]
    [InlineData(new[] { ResidencyStatus.Exited, ResidencyStatus.Admitted }, true)]
    [InlineData(new[] { ResidencyStatus.Graduated }, true)]
    public void A_residency_rule_needs_a_current_or_graduated_residency(ResidencyStatus[] residencies, bool passes) =>
        Assert.Equal(passes, Result(Eligibility.Check(ApplicationBuilder.Edition(residency: true), new OrganizationBuilder().Build(), residencies, Today),
            Eligibility.ResidencyRule));

    [Theory]
    [InlineData(AnnualInspection.Passed, true)]
    [InlineData(AnnualInspection.Failed, false)]
    [InlineData(AnnualInspection.Unknown, null)]
    public void The_annual_inspection_passes_fails_or_asks_for_a_look(AnnualInspection inspection, bool? expected)
    {
        var org = new OrganizationBuilder().Build();
        org.AnnualInspection = inspection;

        Assert.Equal(expected, Result(Eligibility.Check(ApplicationBuilder.Edition(), org, [], Today), Eligibility.InspectionRule));
    }

    [Fact]
    public void Rules_the_edition_does_not_set_are_not_checked()
    {
        var rules = Eligibility.Check(ApplicationBuilder.Edition(), new OrganizationBuilder().Build(), [], Today).Select(c => c.Rule).ToList();

        Assert.DoesNotContain(Eligibility.YearsRule, rules);
        Assert.DoesNotContain(Eligibility.GradeRule, rules);
        Assert.DoesNotContain(Eligibility.ResidencyRule, rules);
        Assert.Contains(Eligibility.InspectionRule, rules);
    }

    [Fact]
    public void Verification_and_bank_account_pass_when_the_records_have_them_and_otherwise_ask_for_a_look()
    {
        var bare = new OrganizationBuilder().Build();
        var complete = new OrganizationBuilder().Complete().Build();
        complete.Verify("staff", new DateTime(2026, 4, 1, 2, 0, 0, DateTimeKind.Utc));

        var bareChecks = Eligibility.Check(ApplicationBuilder.Edition(), bare, [], Today);
        var completeChecks = Eligibility.Check(ApplicationBuilder.Edition(), complete, [], Today);

        Assert.Null(Result(bareChecks, Eligibility.VerifiedRule));
        Assert.Null(Result(bareChecks, Eligibility.BankAccountRule));
        Assert.True(Result(completeChecks, Eligibility.VerifiedRule));
        Assert.True(Result(completeChecks, Eligibility.BankAccountRule));
    }

    [Fact]
    public void Every_detail_text_is_listed_for_translation()
    {
        var edition = ApplicationBuilder.Edition(types: [OrganizationType.Foundation], minYears: 3, minGrade: EvaluationGrade.A1, residency: true);
        var complete = new OrganizationBuilder().Complete().Build();
        complete.Verify("staff", new DateTime(2026, 4, 1, 2, 0, 0, DateTimeKind.Utc));
        var used = Eligibility.Check(edition, new OrganizationBuilder().Build(), [], Today)
            .Concat(Eligibility.Check(edition, complete, [ResidencyStatus.Admitted], Today))
            .SelectMany(c => new[] { c.Rule, c.Detail });

        Assert.All(used, text => Assert.Contains(text, Eligibility.Texts));
    }
}
