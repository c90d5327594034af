using GrantHub.Core.Exports;
using static GrantHub.Core.Tests.Exports.ExportJobFixtures;

namespace GrantHub.Core.Tests.Exports;

/// <summary>Steps out of order are refused with a message, and leave the export as it was.</summary>
public sealed class ExportJobWrongState
{
    [Fact]
    public void A_running_export_does_not_start_again()
    {
        var export = Running(500);
        export.Advance(100);

        var error = Assert.Throws<DomainException>(() => export.Start(10, Asked));

        Assert.Equal("This export is {0}: that step is not possible now.", error.MessageKey);
        Assert.Equal((100, 500), (export.Processed, export.Total));
    }

    [Fact]
    public void A_queued_export_neither_advances_nor_completes()
    {
        var export = Queued();

        Assert.Throws<DomainException>(() => export.Advance(1));
        Assert.Throws<DomainException>(() => export.Complete("a.xlsx", 1, 1, Asked));
        Assert.Equal(ExportStatus.Queued, export.Status);
    }

    [Fact]
    public void A_ready_export_never_changes_again()
    {
        var export = Ready();
        var version = export.Version;

        Assert.Throws<DomainException>(() => export.Start(1, Asked));
        Assert.Throws<DomainException>(() => export.Advance(1));
        Assert.Throws<DomainException>(() => export.Complete("b.xlsx", 1, 1, Asked));
        Assert.Throws<DomainException>(() => export.Fail("late failure", Asked));

        Assert.Equal(ExportStatus.Ready, export.Status);
        Assert.Equal("0123abcd.xlsx", export.StoredName);
        Assert.Equal(version, export.Version);
    }

    [Fact]
    public void A_failed_export_never_changes_again()
    {
        var export = Failed();

        Assert.Throws<DomainException>(() => export.Start(1, Asked));
        Assert.Throws<DomainException>(() => export.Complete("b.xlsx", 1, 1, Asked));
        Assert.Throws<DomainException>(() => export.Fail("again", Asked));

        Assert.Equal("The ledger could not be made.", export.ErrorKey);
    }

    [Fact]
    public void Negative_counts_are_programming_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Queued().Start(-1, Asked));
        Assert.Throws<ArgumentOutOfRangeException>(() => Running().Advance(-5));
    }
}
