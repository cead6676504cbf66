using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Npgsql;

namespace Alliance.Data.Instruments;

/// <summary>
/// The instrument definitions a study's report uses: the study's frozen definitions (the versions its participants
/// answered; the newest version per id) ahead of the shipped catalog.
/// </summary>
public static class StudyDefinitions
{
    /// <summary>The study's frozen definitions, then the shipped instruments the study has not frozen.</summary>
    /// <exception cref="InstrumentDefinitionException">A frozen definition does not load (see <see cref="StudyInstruments.Load(Model.InstrumentVersion)"/>).</exception>
    public static async Task<InstrumentCatalog> LoadAsync(string connectionString, long studyId, CancellationToken ct)
    {
        var own = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand(
                "SELECT instrument_id, version, definition::text FROM instrument_versions WHERE study_id = $1 ORDER BY instrument_id, version", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = studyId });
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    var instrument = StudyInstruments.Load(studyId, reader.GetString(0), reader.GetString(1), reader.GetString(2));
                    own[instrument.Id] = instrument;
                }
            }
        }
        return new InstrumentCatalog(own.Values.Concat(InstrumentCatalog.Shipped.Instruments.Where(i => !own.ContainsKey(i.Id))));
    }
}
