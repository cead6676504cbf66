using Alliance.Analysis.Tabular;

namespace Alliance.Cli.Report;

/// <summary>
/// Reads the long export (<c>alliance export --format long</c>: one row per item answer) into forms, one per
/// <c>response_id</c> (or per dyad, session, role and instrument when that column is absent).
/// </summary>
internal static class LongResponses
{
    public static readonly string[] RequiredColumns = ["dyad", "session", "role", "instrument", "item", "value"];

    public static IReadOnlyList<ReportForm> Read(CsvTable table)
    {
        var missing = RequiredColumns.Where(c => !table.HasColumn(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InputException($"{table.Source}: missing column(s) {string.Join(", ", missing)}; expected the long export (alliance export --format long)");
        }
        var dyads = table.Text("dyad");
        var sessions = table.Numeric("session");
        var roles = table.Text("role");
        var instruments = table.Text("instrument");
        var items = table.Text("item");
        var values = table.Numeric("value");
        var responses = table.HasColumn("response_id") ? table.Text("response_id") : null;
        var forms = new Dictionary<string, ReportForm>(StringComparer.Ordinal);
        var order = new List<ReportForm>();
        for (var r = 0; r < table.RowCount; r++)
        {
            if (dyads[r] is not { } dyad || roles[r] is not { } role || instruments[r] is not { } instrument || items[r] is not { } item)
            {
                throw new InputException($"{table.Source}, line {table.LineOf(r)}: dyad, role, instrument and item must not be empty");
            }
            if (double.IsNaN(sessions[r]) || sessions[r] != Math.Floor(sessions[r]))
            {
                throw new InputException($"{table.Source}, line {table.LineOf(r)}, column session: expected a whole session number");
            }
            var session = (int)sessions[r];
            var key = responses?[r] ?? $"{dyad}\u001f{session}\u001f{role}\u001f{instrument}";
            if (!forms.TryGetValue(key, out var form))
            {
                form = new ReportForm(dyad, session, role, instrument, new Dictionary<string, double>(StringComparer.Ordinal));
                forms.Add(key, form);
                order.Add(form);
            }
            form.Answers[item] = values[r];
        }
        if (order.Count == 0)
        {
            throw new InputException($"{table.Source}: no answers to report on");
        }
        return order;
    }
}
