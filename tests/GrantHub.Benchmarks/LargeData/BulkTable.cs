using Microsoft.Data.Sqlite;

namespace GrantHub.Benchmarks.LargeData;

/// <summary>
/// One prepared <c>INSERT</c> into a table of the migrated schema, with parameters bound by position: the fastest way
/// to write a million rows through Microsoft.Data.Sqlite (one transaction, no per-row allocation beyond the values).
/// Columns not named get their type's zero (0, '' or an empty blob) when they are NOT NULL without a default, read from
/// the table's own definition, so that the generator keeps working when a migration adds a column.
/// </summary>
/// <remarks>
/// Values are stored the way EF Core's SQLite provider stores them: give a <see cref="Guid"/> through <see cref="Id"/>
/// (upper-case text, not Microsoft.Data.Sqlite's default blob), an enum as its <c>int</c>, a <c>DateTime</c> (UTC),
/// <c>DateOnly</c>, <c>decimal</c> and <c>bool</c> as they are.
/// </remarks>
internal sealed class BulkTable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _given;

    public BulkTable(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        Table = table;
        var schema = Columns(connection, transaction, table);
        foreach (var c in columns)
        {
            if (!schema.Any(s => s.Name == c)) throw new InvalidOperationException($"{table} has no column {c}.");
        }
        var zeroed = schema.Where(s => s.Required && !columns.Contains(s.Name)).ToList();
        var names = columns.Concat(zeroed.Select(z => z.Name)).ToList();
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", names.Select(n => $"\"{n}\""))}) " +
                               $"VALUES ({string.Join(", ", names.Select((_, i) => $"$p{i}"))})";
        _given = new SqliteParameter[columns.Length];
        for (var i = 0; i < names.Count; i++)
        {
            var parameter = _command.CreateParameter();
            parameter.ParameterName = $"$p{i}";
            if (i >= columns.Length) parameter.Value = Zero(zeroed[i - columns.Length].Type);
            else _given[i] = parameter;
            _command.Parameters.Add(parameter);
        }
        _command.Prepare();
    }

    public string Table { get; }

    public long Rows { get; private set; }

    /// <summary>Inserts one row: the values in the order of the columns given to the constructor (null for NULL).</summary>
    public void Insert(params object?[] values)
    {
        if (values.Length != _given.Length) throw new ArgumentException($"{Table}: {values.Length} values for {_given.Length} columns.");
        for (var i = 0; i < values.Length; i++) _given[i].Value = values[i] ?? DBNull.Value;
        _command.ExecuteNonQuery();
        Rows++;
    }

    /// <summary>A key as EF Core's SQLite provider writes a <see cref="Guid"/>: upper-case text.</summary>
    public static string Id(Guid id) => id.ToString().ToUpperInvariant();

    private static List<(string Name, string Type, bool Required)> Columns(SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"PRAGMA table_info(\"{table}\")";
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string, bool)>();
        while (reader.Read())
        {
            var type = reader.GetString(2);
            var autoIncrementKey = reader.GetInt32(5) == 1 && type.Equals("INTEGER", StringComparison.OrdinalIgnoreCase);
            columns.Add((reader.GetString(1), type, reader.GetInt32(3) == 1 && reader.IsDBNull(4) && !autoIncrementKey));
        }
        if (columns.Count == 0) throw new InvalidOperationException($"No table {table}: is the schema migrated?");
        return columns;
    }

    private static object Zero(string type) => type.ToUpperInvariant() switch
    {
        "INTEGER" => 0,
        "REAL" => 0.0,
        "BLOB" => Array.Empty<byte>(),
        _ => "",
    };
}
