using System.Globalization;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alliance.Data.Import;

/// <summary>
/// Reads and checks an import file against the instrument: required columns, codes, session numbers, roles,
/// item ids, duplicates, and — with the instrument's own answer check (<see cref="InstrumentScorer.Check"/>) — values
/// on the item's scale and required items. Collects every problem instead of stopping at the first.
/// </summary>
internal sealed class ImportFile(InstrumentScorer scorer, ImportLayout layout)
{
    private static readonly string[] Required = ["therapist", "client", "session", "role"];

    // Columns of our own export that an import accepts and ignores (or checks), so an export can be re-imported.
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
        { "study_id", "response_id", "instrument_version", "value_label", "dyad", "arm", "session_date", "submitted_at", "instrument" };

    private readonly List<ImportError> _errors = [];
    private readonly Dictionary<(string Dyad, int Session, RaterRole Role), ImportedResponse> _responses = new();
    private readonly Dictionary<string, ImportedResponse> _pairings = new(StringComparer.Ordinal);
    private Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    public IReadOnlyList<ImportError> Errors => _errors;

    public IReadOnlyCollection<ImportedResponse> Responses => _responses.Values;

    private Instrument Definition => scorer.Instrument;

    public void Read(TextReader input)
    {
        using var csv = new CsvReader(input, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = false });
        if (!csv.Read() || !ReadHeader(csv.Parser.Record ?? []))
        {
            if (_errors.Count == 0)
            {
                _errors.Add(new ImportError(1, "", "the file is empty (a header row is required)"));
            }
            return;
        }
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            ReadRow(csv.Parser.RawRow, record);
        }
        CheckRequiredItems();
    }

    private bool ReadHeader(string[] header)
    {
        _columns = header.Select((name, i) => (Name: name.Trim().TrimStart('\uFEFF'), i))
            .GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        var needed = layout == ImportLayout.Long ? Required.Concat(["item", "value"]) : Required;
        foreach (var column in needed.Where(c => !_columns.ContainsKey(c)))
        {
            _errors.Add(new ImportError(1, column, "required column is missing"));
        }
        if (layout == ImportLayout.Wide)
        {
            foreach (var (name, index) in _columns.Where(c => !Required.Contains(c.Key) && !Ignored.Contains(c.Key)
                && !IsScoreColumn(c.Key) && Definition.FindItem(c.Key) is null))
            {
                _errors.Add(new ImportError(1, name, $"not an item of {Definition}") { ColumnNumber = index + 1 });
            }
        }
        return _errors.Count == 0;
    }

    /// <summary>
    /// A score column of a wide export: <c>&lt;instrument&gt;_&lt;score&gt;</c> of the imported instrument (ignored:
    /// scores are computed again on import), or the <c>score_&lt;name&gt;</c> of exports written before score columns
    /// were named by instrument.
    /// </summary>
    private bool IsScoreColumn(string column) =>
        column.StartsWith("score_", StringComparison.Ordinal)
        || Definition.Scores.Any(s => column == Export.ScoreColumns.WideName(Definition.Id, s.Id));

    private void ReadRow(int line, string[] record)
    {
        var before = _errors.Count;
        string Cell(string column) =>
            _columns.TryGetValue(column, out var i) && i < record.Length ? Unguard(record[i].Trim()) : "";
        void Fail(string column, string reason) =>
            _errors.Add(new ImportError(line, column, reason) { ColumnNumber = _columns.TryGetValue(column, out var i) ? i + 1 : 0 });

        var therapist = Cell("therapist");
        var client = Cell("client");
        if (therapist.Length == 0) Fail("therapist", "therapist code is empty");
        if (client.Length == 0) Fail("client", "client code is empty");
        if (!int.TryParse(Cell("session"), NumberStyles.None, CultureInfo.InvariantCulture, out var session))
            Fail("session", $"'{Cell("session")}' is not a session number (a whole number ≥ 0)");
        var roleName = Cell("role");
        if (!RaterRoleNames.TryParse(roleName, out var role) || role == RaterRole.Observer)
            Fail("role", $"'{roleName}' is not a role (client or therapist)");
        var instrument = Cell("instrument");
        if (instrument.Length > 0 && instrument != Definition.Id) Fail("instrument", $"'{instrument}' is not the imported instrument {Definition.Id}");
        DateOnly? date = null;
        if (Cell("session_date") is { Length: > 0 } d)
        {
            if (DateOnly.TryParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) date = parsed;
            else Fail("session_date", $"'{d}' is not a date (yyyy-MM-dd)");
        }
        DateTimeOffset? submitted = null;
        if (Cell("submitted_at") is { Length: > 0 } s)
        {
            if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)) submitted = parsed.ToUniversalTime();
            else Fail("submitted_at", $"'{s}' is not an ISO 8601 timestamp");
        }
        var answers = new List<(string Column, string Item, string Text)>();
        if (layout == ImportLayout.Long)
        {
            var item = Cell("item");
            if (Definition.FindItem(item) is null) Fail("item", $"'{item}' is not an item of {Definition}");
            else answers.Add(("value", item, Cell("value")));
        }
        else
        {
            answers.AddRange(Definition.Items.Where(i => _columns.ContainsKey(i.Id)).Select(i => (i.Id, i.Id, Cell(i.Id))));
        }
        var values = new List<(string Item, decimal? Value)>();
        foreach (var (column, item, text) in answers)
        {
            if (text.Length == 0)
            {
                values.Add((item, null));
            }
            else if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                Fail(column, $"'{text}' is not a number");
            }
            else if (Rejection(item, value) is string reason)
            {
                Fail(column, reason);
            }
            else
            {
                values.Add((item, value));
            }
        }
        if (_errors.Count > before)
        {
            return;
        }

        var dyad = Cell("dyad") is { Length: > 0 } code ? code : $"{therapist}-{client}";
        if (_pairings.TryGetValue(dyad, out var first) && (first.Therapist != therapist || first.Client != client))
        {
            Fail(_columns.ContainsKey("dyad") ? "dyad" : "client",
                $"dyad {dyad} pairs {first.Therapist} with {first.Client} on line {first.Line}, not {therapist} with {client}");
            return;
        }
        var key = (dyad, session, role);
        if (!_responses.TryGetValue(key, out var response))
        {
            response = new ImportedResponse
            {
                Line = line, Therapist = therapist, Client = client, Dyad = dyad, Arm = Cell("arm") is { Length: > 0 } arm ? arm : null,
                Session = session, SessionDate = date, Role = role, SubmittedAt = submitted,
            };
            _responses[key] = response;
            _pairings.TryAdd(dyad, response);
        }
        else if (layout == ImportLayout.Wide)
        {
            Fail("", $"a second row for dyad {dyad}, session {session}, {role} (first on line {response.Line})");
            return;
        }
        else if (response.Therapist != therapist || response.Client != client)
        {
            Fail("dyad", $"dyad {dyad} pairs {response.Therapist} with {response.Client} on line {response.Line}");
            return;
        }
        foreach (var (item, value) in values)
        {
            if (!response.Answers.TryAdd(item, value))
            {
                Fail(layout == ImportLayout.Long ? "item" : item, $"item {item} is answered twice for dyad {dyad}, session {session}, {role}");
            }
        }
    }

    private void CheckRequiredItems()
    {
        foreach (var response in _responses.Values)
        {
            var missing = scorer.Check(ResponseAnswers.ForScoring(response.Answers), requireRequiredItems: true)
                .Where(p => p.Kind == AnswerProblemKind.RequiredMissing);
            foreach (var item in missing.Select(p => p.ItemId))
            {
                _errors.Add(new ImportError(response.Line, layout == ImportLayout.Long ? "item" : item,
                    $"required item {item} has no answer for dyad {response.Dyad}, session {response.Session}, {response.Role.Name()}")
                    { ColumnNumber = _columns.TryGetValue(layout == ImportLayout.Long ? "item" : item, out var i) ? i + 1 : 0 });
            }
        }
        var inFileOrder = _errors.OrderBy(e => e.Line).ToList();
        _errors.Clear();
        _errors.AddRange(inFileOrder);
    }

    /// <summary>Why the instrument's own answer check rejects the value (null when it accepts it), in the importer's words.</summary>
    private string? Rejection(string itemId, decimal value)
    {
        var scale = Definition.FindItem(itemId)!.Scale;
        return scorer.Check(new Dictionary<string, double?> { [itemId] = (double)value }, requireRequiredItems: false) switch
        {
            [] => null,
            [{ Kind: AnswerProblemKind.OutOfRange }, ..] => string.Create(CultureInfo.InvariantCulture, $"{value} is outside the scale {scale.Min:R}–{scale.Max:R}"),
            [{ Kind: AnswerProblemKind.OffStep }, ..] => string.Create(CultureInfo.InvariantCulture, $"{value} is not on the scale's step of {scale.Step:R} from {scale.Min:R}"),
            [var other, ..] => other.Message,
        };
    }

    /// <summary>Removes the export's formula-injection apostrophe so codes round-trip.</summary>
    private static string Unguard(string text) =>
        text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@' ? text[1..] : text;
}
