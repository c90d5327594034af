using GrantHub.Core.Exports;
using static GrantHub.Core.Tests.Exports.ExportJobFixtures;

namespace GrantHub.Core.Tests.Exports;

/// <summary>A queued or running export can fail, with what the person reads; a finished one never changes again.</summary>
public sealed class ExportJobFailure
{
    [Fact]
    public void A_running_export_fails_with_its_message_key()
    {
        var export = Running();
        export.Advance(100);

        export.Fail("The ledger could not be made.", Asked.AddSeconds(9));

        Assert.Equal(ExportStatus.Failed, export.Status);
        Assert.Equal("The ledger could not be made.", export.ErrorKey);
        Assert.Equal(Asked.AddSeconds(9), export.FinishedAt);
        Assert.Null(export.StoredName);
        Assert.True(export.IsFinished);
    }

    [Fact]
    public void A_queued_export_whose_run_was_lost_fails_too()
    {
        var export = Queued();

        export.Fail("The export was interrupted.", Asked.AddHours(2));

        Assert.Equal(ExportStatus.Failed, export.Status);
    }

    [Fact]
    public void A_very_long_message_key_is_cut_to_fit()
    {
        var export = Running();

        export.Fail(new string('x', 400), Asked);

        Assert.Equal(ExportJob.MaxErrorLength, export.ErrorKey!.Length);
    }
}
