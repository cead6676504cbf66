using Alliance.Data.Instruments;
using Alliance.Instruments;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>
/// The study's frozen instruments as the exports read them (Alliance.Instruments), keyed by (instrument id, version),
/// with value labels per scale: scale value → the anchor's English label, else its first language's. Labels are built
/// once per scale, not per row. Item wording is given in the study's first language (<see cref="Language"/>).
/// </summary>
internal sealed class ExportDefinitions
{
    private readonly Dictionary<(string Instrument, string Version), Instrument> _instruments;
    private readonly Dictionary<ResponseScale, IReadOnlyDictionary<decimal, string>> _labels = [];

    private ExportDefinitions(Dictionary<(string, string), Instrument> instruments, string language)
    {
        _instruments = instruments;
        Language = language;
        var items = new List<ExportItem>();
        foreach (var instrument in instruments.Values)
        {
            foreach (var item in instrument.Items.Where(i => items.TrueForAll(x => x.Id != i.Id)))
            {
                items.Add(new ExportItem(item.Id, instrument.Subscales.FirstOrDefault(s => s.Items.Contains(item))?.Id, LabelsOf(item.Scale),
                    item.TextInstalled ? item.Text.Get(language) : "", item.Scale));
            }
        }
        Items = items;
        AllLabels = instruments.Values.SelectMany(d => d.Items).SelectMany(i => LabelsOf(i.Scale))
            .GroupBy(l => l.Key).ToDictionary(g => g.Key, g => g.First().Value);
    }

    /// <summary>The study's first language (BCP 47), in which the codebook gives item wording.</summary>
    public string Language { get; }

    /// <summary>Every item of the study's instruments in definition order; forms sharing an item id share the first.</summary>
    public IReadOnlyList<ExportItem> Items { get; }

    /// <summary>The study's frozen instruments, by id and then version, as the definitions query orders them.</summary>
    public IEnumerable<Instrument> Instruments => _instruments.Values;

    /// <summary>The frozen instrument of a form; null when the study has no such version.</summary>
    public Instrument? Find(string instrument, string version) => _instruments.GetValueOrDefault((instrument, version));

    /// <summary>The value labels of every scale (the first label of a value wins).</summary>
    public IReadOnlyDictionary<decimal, string> AllLabels { get; }

    /// <summary>Definitions of instruments already loaded (the demo data set's, which has no database).</summary>
    public static ExportDefinitions Of(IEnumerable<Instrument> instruments, string language) =>
        new(instruments.OrderBy(i => i.Id, StringComparer.Ordinal).ThenBy(i => i.Version, StringComparer.Ordinal)
            .ToDictionary(i => (i.Id, i.Version)), language);

    /// <summary>Loads the study's frozen definitions; one that does not load stops the export with its problems.</summary>
    /// <exception cref="Alliance.Instruments.Loading.InstrumentDefinitionException">A frozen definition is invalid.</exception>
    public static async Task<ExportDefinitions> LoadAsync(NpgsqlConnection connection, long studyId, string language, CancellationToken ct)
    {
        var instruments = new Dictionary<(string, string), Instrument>();
        await using var command = StudyExport.StudyCommand(ExportQueries.Definitions, connection, studyId);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var (id, version) = (reader.GetString(0), reader.GetString(1));
            instruments[(id, version)] = StudyInstruments.Load(studyId, id, version, reader.GetString(2));
        }
        return new ExportDefinitions(instruments, language);
    }

    /// <summary>The label of <paramref name="value"/> on the item's scale in the form's instrument; null when it has none.</summary>
    public string? Label((string Instrument, string Version) form, string itemId, decimal value) =>
        _instruments.GetValueOrDefault(form)?.FindItem(itemId) is { } item && LabelsOf(item.Scale).TryGetValue(value, out var label)
            ? label : null;

    private IReadOnlyDictionary<decimal, string> LabelsOf(ResponseScale scale)
    {
        if (!_labels.TryGetValue(scale, out var labels))
        {
            labels = scale.Anchors.ToDictionary(a => (decimal)a.Value, a => a.Label.Get("en"));
            _labels[scale] = labels;
        }
        return labels;
    }
}
