using GrantHub.Core.Exports;

namespace GrantHub.Core.Tests.Exports;

/// <summary>An export as a person asks for it, and moved along its run.</summary>
internal static class ExportJobFixtures
{
    public static readonly DateTime Asked = new(2026, 11, 26, 2, 0, 0, DateTimeKind.Utc);

    public static ExportJob Queued() =>
        ExportJob.Request("officer-1", LedgerKind.Funding, null, 2026, null, false, "zh-CN", "资金拨付台账-2026-11-26.xlsx", Asked);

    public static ExportJob Running(int total = 500)
    {
        var export = Queued();
        export.Start(total, Asked.AddSeconds(1));
        return export;
    }

    public static ExportJob Ready()
    {
        var export = Running(3);
        export.Complete("0123abcd.xlsx", 4096, 3, Asked.AddSeconds(5));
        return export;
    }

    public static ExportJob Failed()
    {
        var export = Running();
        export.Fail("The ledger could not be made.", Asked.AddSeconds(5));
        return export;
    }
}
