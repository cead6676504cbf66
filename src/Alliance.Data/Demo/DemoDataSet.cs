using System.Data;
using Alliance.Data.Export;
using Alliance.Instruments;

namespace Alliance.Data.Demo;

/// <summary>
/// The example data set in <c>data/</c>: the multi-form demo study (<see cref="DemoStudy"/>) simulated with a fixed
/// seed and written by the study exports' own layouts (<see cref="StudyExport"/>) from in-memory rows, with no
/// database. Deterministic: the same seed gives the same bytes (sessions weekly from <see cref="FirstSession"/>,
/// submitted at 18:00 UTC on the session day, response ids numbered).
/// </summary>
public static class DemoDataSet
{
    /// <summary>The seed of the committed <c>data/</c> files.</summary>
    public const int DefaultSeed = 20261205;

    /// <summary>The study id the files carry.</summary>
    public const long StudyId = 1;

    /// <summary>The date of every dyad's first session.</summary>
    public static DateOnly FirstSession { get; } = new(2026, 1, 5);

    /// <summary>Writes the data set in <paramref name="format"/> (codes, no labels, no byte-order mark).</summary>
    /// <returns>What was written, for the codebook and syntax files (<see cref="Codebook"/>, <see cref="AnalysisScripts"/>).</returns>
    public static async Task<ExportResult> WriteAsync(ExportFormat format, int seed, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        var responses = DemoResponses.Simulate(seed, FirstSession)
            .OrderBy(r => r.Dyad, StringComparer.Ordinal).ThenBy(r => r.Session)
            .ThenBy(r => r.Role.Name(), StringComparer.Ordinal).ThenBy(r => r.Instrument.Id, StringComparer.Ordinal)
            .ToList();
        using var table = format == ExportFormat.Long ? ItemRows(responses) : ResponseRows(responses);
        using var rows = table.CreateDataReader();
        var definitions = ExportDefinitions.Of(DemoResponses.Schedule.Select(line => line.Instrument).Distinct(), "en");
        return await StudyExport.WriteRowsAsync(rows, StudyId, definitions, new ExportOptions(format, "demo"), output, ct)
            .ConfigureAwait(false);
    }

    /// <summary>The rows of <see cref="ExportQueries.Long"/>: one per item answer, in the instrument's item order.</summary>
    private static DataTable ItemRows(List<DemoResponse> responses)
    {
        var table = Meta();
        table.Columns.Add("item", typeof(string));
        table.Columns.Add("value", typeof(decimal));
        foreach (var response in responses)
        {
            foreach (var item in response.Instrument.Items)
            {
                table.Rows.Add([.. MetaValues(response), item.Id,
                    response.Answers.GetValueOrDefault(item.Id) is decimal value ? value : DBNull.Value]);
            }
        }
        return table;
    }

    /// <summary>The rows of <see cref="ExportQueries.Wide"/> (and dyadic): one per form, answers and scores as JSON.</summary>
    private static DataTable ResponseRows(List<DemoResponse> responses)
    {
        var table = Meta();
        table.Columns.Add("answers", typeof(string));
        table.Columns.Add("scores", typeof(string));
        foreach (var response in responses)
        {
            table.Rows.Add([.. MetaValues(response), Responses.ResponseAnswers.Json(response.Answers), response.Scores]);
        }
        return table;
    }

    private static DataTable Meta()
    {
        var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        table.Columns.Add("study_id", typeof(long));
        foreach (var name in new[] { "dyad", "therapist", "client", "arm" })
        {
            table.Columns.Add(name, typeof(string));
        }
        table.Columns.Add("session", typeof(int));
        table.Columns.Add("session_date", typeof(DateOnly));
        foreach (var name in new[] { "role", "instrument", "instrument_version" })
        {
            table.Columns.Add(name, typeof(string));
        }
        table.Columns.Add("response_id", typeof(Guid));
        table.Columns.Add("submitted_at", typeof(DateTime));
        return table;
    }

    private static object[] MetaValues(DemoResponse r) =>
    [
        StudyId, r.Dyad, r.Therapist, r.Client, r.Arm, r.Session, r.HeldOn, r.Role.Name(), r.Instrument.Id,
        r.Instrument.Version, new Guid(r.Number, 0, 0x4000, 0x80, 0, 0, 0, 0, 0, 0, 0),
        r.HeldOn.ToDateTime(new TimeOnly(18, 0), DateTimeKind.Utc),
    ];
}
