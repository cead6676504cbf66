using Alliance.Instruments;

namespace Alliance.Cli.Report;

/// <summary>
/// The scales of one instrument in the export: from <see cref="InstrumentCatalog.Shipped"/> when the catalog knows
/// the id (its subscales, total and reverse keys), otherwise all items seen in the data as one scale.
/// </summary>
internal sealed record ReportInstrument(string Id, bool FromCatalog, IReadOnlyList<ReportScale> Subscales, ReportScale Total)
{
    public static ReportInstrument Resolve(string id, IEnumerable<ReportForm> forms, InstrumentCatalog catalog)
    {
        var formList = forms.ToList();
        if (catalog.Find(id) is { } instrument)
        {
            ReportScale Of(Subscale s) => new(s.Id, [.. s.Items.Select(i => i.Id)],
                s.Items.Where(i => i.Reversed).Select(i => i.Id).ToHashSet(StringComparer.Ordinal),
                s.Items.Count > 0 ? s.Items.Min(i => i.Scale.Min) : 0, s.Items.Count > 0 ? s.Items.Max(i => i.Scale.Max) : 0);
            var subscales = instrument.Subscales.Select(Of).ToList();
            var total = instrument.Total is { } t ? Of(t) with { Id = "total" } : new ReportScale("total", [.. instrument.Items.Select(i => i.Id)],
                instrument.Items.Where(i => i.Reversed).Select(i => i.Id).ToHashSet(StringComparer.Ordinal), 0, 0);
            return new ReportInstrument(id, true, subscales, total);
        }
        var items = formList.SelectMany(f => f.Answers.Keys).Distinct(StringComparer.Ordinal).ToList();
        var values = formList.SelectMany(f => f.Answers.Values).Where(v => !double.IsNaN(v)).DefaultIfEmpty(0).ToList();
        var all = new ReportScale("total", items, new HashSet<string>(StringComparer.Ordinal), values.Min(), values.Max());
        return new ReportInstrument(id, false, [], all);
    }

    /// <summary>The scales whose reliability is reported: each subscale, then the total.</summary>
    public IEnumerable<ReportScale> ReliabilityScales => [.. Subscales, Total];
}
