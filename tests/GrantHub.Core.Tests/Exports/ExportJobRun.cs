using GrantHub.Core.Exports;
using static GrantHub.Core.Tests.Exports.ExportJobFixtures;

namespace GrantHub.Core.Tests.Exports;

/// <summary>Queued → Running (with its row count) → advancing → Ready with the stored file; each step moves the version.</summary>
public sealed class ExportJobRun
{
    [Fact]
    public void Starting_records_the_rows_to_write_and_the_time()
    {
        var export = Queued();
        var version = export.Version;

        export.Start(450, Asked.AddSeconds(2));

        Assert.Equal(ExportStatus.Running, export.Status);
        Assert.Equal((0, 450, 0), (export.Processed, export.Total, export.Percent));
        Assert.Equal(Asked.AddSeconds(2), export.StartedAt);
        Assert.Equal(version + 1, export.Version);
    }

    [Fact]
    public void Advancing_adds_the_rows_written_and_the_percentage_follows()
    {
        var export = Running(450);

        export.Advance(200);
        Assert.Equal((200, 44), (export.Processed, export.Percent));
        export.Advance(200);
        export.Advance(50);

        Assert.Equal((450, 450, 100), (export.Processed, export.Total, export.Percent));
    }

    [Fact]
    public void Rows_added_while_it_runs_raise_the_total_so_it_never_passes_a_hundred_percent()
    {
        var export = Running(10);

        export.Advance(12);

        Assert.Equal((12, 12, 100), (export.Processed, export.Total, export.Percent));
    }

    [Fact]
    public void Completing_stores_the_file_and_the_final_row_count()
    {
        var export = Running(450);
        export.Advance(200);

        export.Complete("9f0e.xlsx", 52_345, 451, Asked.AddMinutes(1));

        Assert.Equal(ExportStatus.Ready, export.Status);
        Assert.Equal("9f0e.xlsx", export.StoredName);
        Assert.Equal(52_345, export.ByteCount);
        Assert.Equal((451, 451, 100), (export.Processed, export.Total, export.Percent));
        Assert.Equal(Asked.AddMinutes(1), export.FinishedAt);
        Assert.True(export.IsFinished);
    }

    [Fact]
    public void An_empty_ledger_is_ready_at_a_hundred_percent()
    {
        var export = Running(0);

        export.Complete("empty.xlsx", 3_000, 0, Asked.AddSeconds(3));

        Assert.Equal(100, export.Percent);
    }
}
