using GrantHub.Core.Funding;
using GrantHub.Core.Monitoring;
using GrantHub.Core.Tests.Builders;

namespace GrantHub.Core.Tests.Monitoring;

/// <summary>
/// The rows a confirmed project gets: the edition's plan from the signing day, leaving out what it already has; an
/// award owes nothing; a project not yet signed cannot be scheduled.
/// </summary>
public sealed class ReportSchedulingReports
{
    [Fact]
    public void A_confirmed_project_gets_the_plan_of_its_rules_as_pending_reports()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        var rules = ReportingRules.Defaults(grant.EditionId);

        var reports = ReportScheduling.Reports(grant, rules, []);

        Assert.Equal(ReportSchedule.Plan(GrantBuilder.SignedOn, rules).Select(r => (r.Kind, r.Number, r.DueOn)),
            reports.Select(r => (r.Kind, r.Number, r.DueOn)));
        Assert.All(reports, r => Assert.Equal(grant.Id, r.GrantId));
        Assert.All(reports, r => Assert.Equal(ReportStatus.Pending, r.Status));
    }

    [Fact]
    public void Reports_already_scheduled_are_left_out()
    {
        var grant = new GrantBuilder().Confirmed().Build();
        var rules = ReportingRules.Defaults(grant.EditionId);

        var reports = ReportScheduling.Reports(grant, rules, [(ReportKind.Monthly, 1), (ReportKind.Midterm, 1)]);

        Assert.DoesNotContain(reports, r => r.Kind == ReportKind.Midterm);
        Assert.DoesNotContain(reports, r => r.Kind == ReportKind.Monthly && r.Number == 1);
        Assert.Equal(ReportSchedule.Plan(GrantBuilder.SignedOn, rules).Count - 2, reports.Count);
    }

    [Fact]
    public void An_award_owes_no_reports()
    {
        var award = GrantBuilder.Award();

        Assert.Empty(ReportScheduling.Reports(award, ReportingRules.Defaults(award.EditionId), []));
    }

    [Fact]
    public void A_project_whose_agreement_is_not_confirmed_is_not_scheduled()
    {
        var grant = new GrantBuilder().Drafted().Build();

        Assert.Throws<InvalidOperationException>(() => ReportScheduling.Reports(grant, ReportingRules.Defaults(grant.EditionId), []));
        Assert.Equal(GrantStatus.AgreementDrafted, grant.Status);
    }
}
