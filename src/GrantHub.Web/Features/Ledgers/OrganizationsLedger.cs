using System.Runtime.CompilerServices;
using GrantHub.Core.Data;
using GrantHub.Core.Incubation;
using GrantHub.Core.Organizations;
using GrantHub.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>One line of the organizations and residency ledger: an organization with one of its residencies (or none).</summary>
public sealed class OrganizationLedgerRow
{
    public int No { get; init; }
    public string Organization { get; init; } = "";
    public string? CreditCode { get; init; }
    public string? FilingNumber { get; init; }
    public string Type { get; init; } = "";
    public DateOnly? RegisteredOn { get; init; }
    public string Verified { get; init; } = "";
    public string? Center { get; init; }
    public string? ResidencyStatus { get; init; }
    public DateOnly? AppliedOn { get; init; }
    public DateOnly? AdmittedOn { get; init; }
    public DateOnly? TermEndsOn { get; init; }
    public DateOnly? GraduatedOn { get; init; }
    public DateOnly? ExitedOn { get; init; }
    public string? CertificateNumber { get; init; }
    public int? Services { get; init; }
    public int? Assessments { get; init; }
    public int? LatestAssessmentScore { get; init; }
    public DateOnly? LatestAssessmentOn { get; init; }
}

/// <summary>
/// 社会组织与入驻台账: a line per residency, and for the bureau also a line for each organization that never applied for
/// one. Limited to centers (a filter, or the centers a staff member staffs), it lists the residencies at those centers.
/// Two queries per page of <see cref="Ledger.PageSize"/> organizations: the organizations, then their residencies with
/// their service and assessment figures (counted in SQL).
/// </summary>
public sealed class OrganizationsLedger(GrantHubDbContext db, IStringLocalizer<SharedResource> l, LedgerScope scope) : Ledger(db, l, scope)
{
    public override async Task<int> CountAsync(CancellationToken ct)
    {
        if (Scope.CenterIds is { } centers) return await Db.Residencies.CountAsync(r => centers.Contains(r.CenterId), ct);
        var residencies = await Db.Residencies.CountAsync(ct);
        var without = await Db.Organizations.CountAsync(o => !Db.Residencies.Any(r => r.OrganizationId == o.Id), ct);
        return residencies + without;
    }

    public override IReadOnlyList<LedgerSheet> Sheets() =>
    [
        new LedgerSheet<OrganizationLedgerRow>(L["Organizations"], Columns(), RowsAsync()),
    ];

    private List<LedgerColumn> Columns() =>
    [
        new(nameof(OrganizationLedgerRow.No), L["No."], 6),
        new(nameof(OrganizationLedgerRow.Organization), L["Organization"], 34),
        new(nameof(OrganizationLedgerRow.CreditCode), L["Unified social credit code"], 22),
        new(nameof(OrganizationLedgerRow.FilingNumber), L["Filing number"], 16),
        new(nameof(OrganizationLedgerRow.Type), L["Type"], 22),
        new(nameof(OrganizationLedgerRow.RegisteredOn), L["Registration date"], 12, LedgerColumn.Date),
        new(nameof(OrganizationLedgerRow.Verified), L["Documents verified"], 10),
        new(nameof(OrganizationLedgerRow.Center), L["Center"], 24),
        new(nameof(OrganizationLedgerRow.ResidencyStatus), L["Residency status"], 12),
        new(nameof(OrganizationLedgerRow.AppliedOn), L["Applied on"], 12, LedgerColumn.Date),
        new(nameof(OrganizationLedgerRow.AdmittedOn), L["Admitted on"], 12, LedgerColumn.Date),
        new(nameof(OrganizationLedgerRow.TermEndsOn), L["Term ends on"], 12, LedgerColumn.Date),
        new(nameof(OrganizationLedgerRow.GraduatedOn), L["Graduated on"], 12, LedgerColumn.Date),
        new(nameof(OrganizationLedgerRow.ExitedOn), L["Exited on"], 12, LedgerColumn.Date),
        new(nameof(OrganizationLedgerRow.CertificateNumber), L["Certificate number"], 16),
        new(nameof(OrganizationLedgerRow.Services), L["Services received"], 10),
        new(nameof(OrganizationLedgerRow.Assessments), L["Assessments recorded"], 10),
        new(nameof(OrganizationLedgerRow.LatestAssessmentScore), L["Latest assessment score"], 12),
        new(nameof(OrganizationLedgerRow.LatestAssessmentOn), L["Latest assessment on"], 12, LedgerColumn.Date),
    ];

    private async IAsyncEnumerable<OrganizationLedgerRow> RowsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        var no = 0;
        var after = Guid.Empty;
        while (true)
        {
            var organizations = await OrganizationsPage(after).ToListAsync(ct);
            if (organizations.Count == 0) yield break;
            after = organizations[^1].Id;
            var ids = organizations.Select(o => o.Id).ToList();
            var residencies = (await ResidenciesOf(ids).ToListAsync(ct)).ToLookup(r => r.OrganizationId);
            foreach (var o in organizations)
            {
                var ofOrganization = residencies[o.Id].OrderBy(r => r.AppliedAt).ToList();
                if (ofOrganization.Count == 0)
                {
                    // Limited to centers, an organization is listed through its residencies there only.
                    if (Scope.CenterIds is not null) continue;
                    yield return Line(++no, o, null);
                    continue;
                }
                foreach (var r in ofOrganization) yield return Line(++no, o, r);
            }
            if (organizations.Count < PageSize) yield break;
        }
    }

    private OrganizationLedgerRow Line(int no, OrganizationLine o, ResidencyLine? r) => new()
    {
        No = no,
        Organization = o.Name,
        CreditCode = o.CreditCode,
        FilingNumber = o.FilingNumber,
        Type = Label(o.Type),
        RegisteredOn = o.RegisteredOn,
        Verified = YesNo(o.Verified),
        Center = r?.Center,
        ResidencyStatus = r is null ? null : Label(r.Status),
        AppliedOn = ChinaDate(r?.AppliedAt),
        AdmittedOn = r?.StartsOn,
        TermEndsOn = r is { StartsOn: { } start, TermMonths: { } months } ? start.AddMonths(months) : null,
        GraduatedOn = r?.GraduatedOn,
        ExitedOn = r?.ExitedOn,
        CertificateNumber = r?.CertificateNumber,
        Services = r?.Services,
        Assessments = r?.Assessments,
        LatestAssessmentScore = r?.LatestScore,
        LatestAssessmentOn = r?.LatestOn,
    };

    /// <summary>The next page of organizations after <paramref name="after"/> (in id order), limited to the scope's centers.</summary>
    internal IQueryable<OrganizationLine> OrganizationsPage(Guid after)
    {
        var organizations = Db.Organizations.AsNoTracking().Where(o => o.Id.CompareTo(after) > 0);
        if (ScopedOrganizations is { } scoped) organizations = organizations.Where(o => scoped.Contains(o.Id));
        return organizations.OrderBy(o => o.Id).Take(PageSize)
            .Select(o => new OrganizationLine(o.Id, o.Name, o.CreditCode, o.FilingNumber, o.Type, o.RegisteredOn, o.VerifiedAt != null));
    }

    /// <summary>The residencies of these organizations (at the scope's centers), with their figures counted in SQL.</summary>
    internal IQueryable<ResidencyLine> ResidenciesOf(List<Guid> organizationIds)
    {
        var residencies = Db.Residencies.AsNoTracking().Where(r => organizationIds.Contains(r.OrganizationId));
        if (Scope.CenterIds is { } centers) residencies = residencies.Where(r => centers.Contains(r.CenterId));
        return from r in residencies
               join c in Db.IncubationCenters on r.CenterId equals c.Id
               select new ResidencyLine(r.OrganizationId, c.Name, r.Status, r.AppliedAt, r.StartsOn, r.TermMonths, r.GraduatedOn, r.ExitedOn,
                   r.CertificateNumber,
                   Db.ServiceRecords.Count(s => s.ResidencyId == r.Id),
                   Db.Assessments.Count(a => a.ResidencyId == r.Id),
                   Db.Assessments.Where(a => a.ResidencyId == r.Id).OrderByDescending(a => a.On).ThenByDescending(a => a.RecordedAt)
                       .Select(a => (int?)(a.Governance + a.Team + a.Finance + a.ProjectOperation)).FirstOrDefault(),
                   Db.Assessments.Where(a => a.ResidencyId == r.Id).OrderByDescending(a => a.On).ThenByDescending(a => a.RecordedAt)
                       .Select(a => (DateOnly?)a.On).FirstOrDefault());
    }

    internal sealed record OrganizationLine(Guid Id, string Name, string? CreditCode, string? FilingNumber, OrganizationType Type,
        DateOnly? RegisteredOn, bool Verified);

    internal sealed record ResidencyLine(Guid OrganizationId, string Center, ResidencyStatus Status, DateTime AppliedAt, DateOnly? StartsOn,
        int? TermMonths, DateOnly? GraduatedOn, DateOnly? ExitedOn, string? CertificateNumber, int Services, int Assessments,
        int? LatestScore, DateOnly? LatestOn);
}
