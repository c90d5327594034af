using GrantHub.Core.Exports;
using static GrantHub.Core.Tests.Exports.ExportJobFixtures;

namespace GrantHub.Core.Tests.Exports;

/// <summary>A requested export waits in the queue with what was asked for, and nothing run yet.</summary>
public sealed class ExportJobRequest
{
    [Fact]
    public void A_new_export_is_queued_with_its_filters_language_and_file_name()
    {
        var edition = Guid.NewGuid();

        var export = ExportJob.Request("staff-1", LedgerKind.Organizations, edition, 2026, 7, true, "en", " Organizations-2026-11-26.xlsx ", Asked);

        Assert.Equal(ExportStatus.Queued, export.Status);
        Assert.Equal("staff-1", export.RequestedByUserId);
        Assert.Equal(LedgerKind.Organizations, export.Kind);
        Assert.Equal(edition, export.EditionId);
        Assert.Equal(2026, export.Year);
        Assert.Equal(7, export.CenterId);
        Assert.True(export.OwnCentersOnly);
        Assert.Equal("en", export.Culture);
        Assert.Equal("Organizations-2026-11-26.xlsx", export.FileName);
        Assert.Equal(Asked, export.CreatedAt);
        Assert.Equal((0, 0, 0), (export.Processed, export.Total, export.Percent));
        Assert.Null(export.StartedAt);
        Assert.Null(export.StoredName);
        Assert.NotEqual(Guid.Empty, export.Id);
    }

    [Fact]
    public void Without_a_culture_it_is_written_in_chinese()
    {
        var export = ExportJob.Request("officer-1", LedgerKind.Funding, null, null, null, false, "", "资金拨付台账.xlsx", Asked);

        Assert.Equal("zh-CN", export.Culture);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_year_out_of_range_is_refused(int year)
    {
        var error = Assert.Throws<DomainException>(() =>
            ExportJob.Request("officer-1", LedgerKind.Funding, null, year, null, false, "zh-CN", "资金拨付台账.xlsx", Asked));

        Assert.Equal("Choose a year between {0} and {1}.", error.MessageKey);
    }

    [Fact]
    public void An_unknown_ledger_is_refused()
    {
        var error = Assert.Throws<DomainException>(() =>
            ExportJob.Request("officer-1", (LedgerKind)99, null, null, null, false, "zh-CN", "台账.xlsx", Asked));

        Assert.Equal("Choose one of the ledgers.", error.MessageKey);
    }

    [Fact]
    public void It_is_kept_for_seven_days()
    {
        var export = Queued();

        Assert.False(export.IsExpired(Asked.AddDays(7).AddSeconds(-1)));
        Assert.True(export.IsExpired(Asked.AddDays(7)));
    }
}
