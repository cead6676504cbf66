using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Npgsql;

namespace Alliance.Cli.Report;

/// <summary>
/// The instrument definitions a report uses for a study: the study's frozen definitions (the versions its
/// participants answered; the newest version per id) ahead of the shipped catalog.
/// </summary>
internal static class StudyDefinitions
{
    public static async Task<InstrumentCatalog> LoadAsync(string connectionString, long studyId, CancellationToken ct)
    {
        var own = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand(
                "SELECT instrument_id, definition::text FROM instrument_versions WHERE study_id = $1 ORDER BY instrument_id, version", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = studyId });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                // Definitions in the compact test format do not load; those instruments fall back to one scale.
                if (InstrumentLoader.Load(reader.GetString(1), $"study {studyId}: {reader.GetString(0)}").Instrument is { } instrument)
                {
                    own[instrument.Id] = instrument;
                }
            }
        }
        return new InstrumentCatalog(own.Values.Concat(InstrumentCatalog.Shipped.Instruments.Where(i => !own.ContainsKey(i.Id))));
    }
}
