using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace GrantHub.Web.Features.Ledgers;

/// <summary>A column of a ledger sheet: the row property it shows, its header (already localized), width and number format.</summary>
public sealed record LedgerColumn(string Property, string Header, double Width, string? Format = null)
{
    public const string Yuan = "#,##0.00";
    public const string Date = "yyyy-MM-dd";
    public const string Score = "0.00";
}

/// <summary>One sheet of a ledger workbook: its name, its columns, and its rows as the database gives them, page by page.</summary>
public abstract class LedgerSheet
{
    protected LedgerSheet(string name, IReadOnlyList<LedgerColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }

    public IReadOnlyList<LedgerColumn> Columns { get; }

    /// <summary>What MiniExcel enumerates (on the writer's thread): the rows as they arrive.</summary>
    internal abstract object Arriving();

    /// <summary>Reads the rows and hands them to the writer; returns how many, reporting every <paramref name="every"/>.</summary>
    internal abstract Task<int> ProduceAsync(Func<int, Task> progress, int every, CancellationToken ct);

    /// <summary>The run gave up: the writer stops waiting for more rows.</summary>
    internal abstract void Abort(Exception reason);
}

/// <summary>A sheet whose rows are <typeparamref name="TRow"/>: the properties, in order, are its columns.</summary>
public sealed class LedgerSheet<TRow>(string name, IReadOnlyList<LedgerColumn> columns, IAsyncEnumerable<TRow> rows)
    : LedgerSheet(name, columns)
{
    /// <summary>The writer is at most this many rows behind the reader: memory stays bounded whatever the ledger's length.</summary>
    private readonly Channel<TRow> _channel = Channel.CreateBounded<TRow>(new BoundedChannelOptions(256)
    {
        SingleReader = true,
        SingleWriter = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>The rows of this sheet as the producer wrote them; blocks the writer's thread (not the producer's) while it waits.</summary>
    internal override object Arriving() => Enumerate();

    private IEnumerable<TRow> Enumerate()
    {
        var reader = _channel.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (reader.TryRead(out var row)) yield return row;
        }
    }

    internal override async Task<int> ProduceAsync(Func<int, Task> progress, int every, CancellationToken ct)
    {
        var count = 0;
        var unreported = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await _channel.Writer.WriteAsync(row, ct);
            count++;
            if (++unreported >= every)
            {
                await progress(unreported);
                unreported = 0;
            }
        }
        _channel.Writer.TryComplete();
        if (unreported > 0) await progress(unreported);
        return count;
    }

    internal override void Abort(Exception reason) => _channel.Writer.TryComplete(reason);
}

/// <summary>
/// Writes a ledger workbook without holding it in memory. The sheets' rows are read from the database asynchronously,
/// page by page, and passed through a small bounded channel to MiniExcel's writer, which runs on its own thread and
/// streams each row into the xlsx as it comes. (MiniExcel's synchronous writer is used: the asynchronous one of
/// 1.46.0 puts the sheet's drawing element inside sheetData when the row count is not known in advance.)
/// </summary>
public static class LedgerWorkbook
{
    /// <summary>Progress is saved after this many rows.</summary>
    public const int ProgressEvery = 200;

    /// <summary>Writes <paramref name="sheets"/> into <paramref name="output"/> and returns the number of data rows written.</summary>
    public static async Task<int> WriteAsync(Stream output, IReadOnlyList<LedgerSheet> sheets, Func<int, Task> progress, CancellationToken ct)
    {
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            // One definition per property across the sheets (a column such as the edition reads the same on both).
            DynamicColumns = sheets.SelectMany(s => s.Columns).DistinctBy(c => c.Property)
                .Select(c => new DynamicExcelColumn(c.Property) { Name = c.Header, Width = c.Width, Format = c.Format })
                .ToArray(),
        };
        var workbook = sheets.ToDictionary(s => s.Name, s => s.Arriving());

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var writer = Task.Run(() =>
        {
            try
            {
                output.SaveAs(workbook, excelType: ExcelType.XLSX, configuration: configuration);
            }
            catch
            {
                stop.Cancel(); // the reader stops too
                throw;
            }
        }, CancellationToken.None);

        var rows = 0;
        Exception? readFailure = null;
        try
        {
            foreach (var sheet in sheets) rows += await sheet.ProduceAsync(progress, ProgressEvery, stop.Token);
        }
        catch (Exception ex)
        {
            readFailure = ex;
            foreach (var sheet in sheets) sheet.Abort(ex);
        }

        try
        {
            await writer;
        }
        catch when (readFailure is not null && !(readFailure is OperationCanceledException && !ct.IsCancellationRequested))
        {
            // The reader's failure is the cause: the writer only stopped because its rows stopped.
        }
        if (readFailure is not null) ExceptionDispatchInfo.Throw(readFailure);
        return rows;
    }
}
