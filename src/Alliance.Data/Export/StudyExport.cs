using System.Data;
using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alliance.Data.Embedded;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>
/// Streams a study's data as CSV (CsvHelper) straight from a PostgreSQL reader: rows are formatted as they
/// arrive, so memory stays flat whatever the study's size. Every export is recorded in the audit log (on the primary,
/// also when the rows come from a read replica).
/// </summary>
public static class StudyExport
{
    private static readonly JsonSerializerOptions AuditJson = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Writes the export of <paramref name="studyId"/> to <paramref name="output"/> and logs it, all on one database.</summary>
    /// <exception cref="StudyExportException">The study does not exist.</exception>
    /// <exception cref="Alliance.Instruments.Loading.InstrumentDefinitionException">One of the study's frozen definitions does not load.</exception>
    public static Task<ExportResult> WriteAsync(string connectionString, long studyId, ExportOptions options,
        TextWriter output, CancellationToken ct) =>
        WriteAsync(new AllianceDatabase(connectionString), studyId, options, output, ct);

    /// <summary>
    /// Writes the export of <paramref name="studyId"/> to <paramref name="output"/>, reading where
    /// <see cref="AllianceDatabase.Reads"/> says (the replica when configured), and logs it on the primary.
    /// </summary>
    /// <exception cref="StudyExportException">The study does not exist (on a replica: not yet, if it lags).</exception>
    /// <exception cref="Alliance.Instruments.Loading.InstrumentDefinitionException">One of the study's frozen definitions does not load.</exception>
    public static async Task<ExportResult> WriteAsync(AllianceDatabase database, long studyId, ExportOptions options,
        TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var result = await ReadAsync(database.Reads, studyId, options, output, ct).ConfigureAwait(false);
        // A plain CSV export's entry keeps its shape; a bundle's adds "bundle": "zip".
        await AuditAsync(database, studyId, options.Actor, JsonSerializer.Serialize(new
        {
            format = options.Format.ToString().ToLowerInvariant(), rows = result.Rows, bom = options.Bom, labels = options.Labels,
            bundle = options.Bundle ? ExportBundle.Kind : null,
        }, AuditJson), ct).ConfigureAwait(false);
        return result;
    }

    /// <summary>Records an export of <paramref name="studyId"/> in the audit log, on the primary (also when the rows came from a replica).</summary>
    internal static async Task AuditAsync(AllianceDatabase database, long studyId, string actor, string detail, CancellationToken ct)
    {
        await using var primary = new NpgsqlConnection(database.Primary);
        await primary.OpenAsync(ct).ConfigureAwait(false);
        await using var audit = new NpgsqlCommand(
            "INSERT INTO audit_log (study_id, audit_id, actor, action, detail, at) VALUES ($1, $2, $3, 'export', $4::jsonb, now())", primary);
        audit.Parameters.Add(new NpgsqlParameter { Value = studyId });
        audit.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        audit.Parameters.Add(new NpgsqlParameter { Value = actor });
        audit.Parameters.Add(new NpgsqlParameter { Value = detail });
        await audit.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The study's first language (the language of its exports).</summary>
    /// <exception cref="StudyExportException">The study does not exist.</exception>
    internal static async Task<string> LanguageAsync(NpgsqlConnection connection, long studyId, CancellationToken ct)
    {
        await using var exists = StudyCommand("SELECT coalesce(languages[1], 'en') FROM studies WHERE study_id = $1", connection, studyId);
        return await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) as string
            ?? throw new StudyExportException($"study {studyId} does not exist");
    }

    private static async Task<ExportResult> ReadAsync(string connectionString, long studyId, ExportOptions options,
        TextWriter output, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        var language = await LanguageAsync(connection, studyId, ct).ConfigureAwait(false);

        var definitions = await ExportDefinitions.LoadAsync(connection, studyId, language, ct).ConfigureAwait(false);
        var sql = options.Format switch
        {
            ExportFormat.Long => ExportQueries.Long,
            ExportFormat.Wide => ExportQueries.Wide,
            _ => ExportQueries.Dyadic,
        };
        await using var command = StudyCommand(sql, connection, studyId);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct).ConfigureAwait(false);
        return await WriteRowsAsync(reader, studyId, definitions, options, output, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the layout of <paramref name="options"/> from <paramref name="rows"/>, rows in the shape and order of
    /// that layout's <see cref="ExportQueries"/> statement: the database's reader, or an in-memory one (the demo data
    /// set), so both go through the same writer.
    /// </summary>
    internal static async Task<ExportResult> WriteRowsAsync(DbDataReader rows, long studyId, ExportDefinitions definitions,
        ExportOptions options, TextWriter output, CancellationToken ct)
    {
        if (options.Bom)
        {
            await output.WriteAsync('\uFEFF').ConfigureAwait(false);
        }
        var result = options.Format switch
        {
            ExportFormat.Long => await LongLayout.WriteAsync(rows, studyId, definitions, options.Labels, output, ct).ConfigureAwait(false),
            ExportFormat.Wide => await WideLayout.WriteAsync(rows, studyId, definitions, options.Labels, output, ct).ConfigureAwait(false),
            _ => await DyadicLayout.WriteAsync(rows, studyId, definitions, output, ct).ConfigureAwait(false),
        };
        await output.FlushAsync(ct).ConfigureAwait(false);
        return result;
    }

    internal static NpgsqlCommand StudyCommand(string sql, NpgsqlConnection connection, long studyId)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = studyId });
        return command;
    }
}
