using Alliance.Instruments;
using Alliance.Instruments.Scoring;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>
/// The scales of one instrument in the export: from its definition when the study (or the shipped catalog) has one
/// — subscales, total, reverse keys and the instrument's own scoring rule, the one the exports and the dashboard use —
/// otherwise all items seen in the data as one scale scored as their mean.
/// </summary>
internal sealed record ReportInstrument(string Id, Instrument? Definition, IReadOnlyList<ReportScale> Subscales, ReportScale Total, ReportItems Items)
{
    private readonly InstrumentScorer? _scorer = Definition is null ? null : new InstrumentScorer(Definition);

    /// <summary>True when the instrument has a definition (frozen in the study or shipped).</summary>
    public bool FromCatalog => Definition is not null;

    /// <summary>The instrument's scales from its definition, else one scale of the items its forms answered.</summary>
    public static ReportInstrument Resolve(string id, ReportItems items)
    {
        ArgumentNullException.ThrowIfNull(items);
        int[] Positions(IEnumerable<string> ids) => [.. ids.Select(items.PositionOf)];
        if (items.Definition is { } instrument)
        {
            ReportScale Of(Subscale s) => new(s.Id, [.. s.Items.Select(i => i.Id)], Positions(s.Items.Select(i => i.Id)),
                s.Items.Where(i => i.Reversed).Select(i => i.Id).ToHashSet(StringComparer.Ordinal),
                s.Items.Count > 0 ? s.Items.Min(i => i.Scale.Min) : 0, s.Items.Count > 0 ? s.Items.Max(i => i.Scale.Max) : 0);
            var subscales = instrument.Subscales.Select(Of).ToList();
            var total = instrument.Total is { } t ? Of(t) with { Id = "total" } : new ReportScale("total", [.. instrument.Items.Select(i => i.Id)],
                Positions(instrument.Items.Select(i => i.Id)), instrument.Items.Where(i => i.Reversed).Select(i => i.Id).ToHashSet(StringComparer.Ordinal), 0, 0);
            return new ReportInstrument(id, instrument, subscales, total, items);
        }
        var all = new ReportScale("total", [.. items.Ids], Positions(items.Ids), new HashSet<string>(StringComparer.Ordinal),
            items.AnyAnswer ? items.Min : 0, items.AnyAnswer ? items.Max : 0);
        return new ReportInstrument(id, null, [], all, items);
    }

    /// <summary>The scales whose reliability is reported: each subscale, then the total.</summary>
    public IEnumerable<ReportScale> ReliabilityScales => [.. Subscales, Total];

    /// <summary>The construct the instrument measures: its definition's <c>construct</c>, else its id.</summary>
    public string Construct => Definition?.Header.Construct ?? Id;

    /// <summary>
    /// Score <paramref name="scoreId"/> of a form on the instrument's own rule (<see cref="InstrumentScorer"/>: sum or
    /// mean, missing-item rule, proration, reverse keys); NaN when not scorable or when an answer is off the item's
    /// scale. Without a definition (or for a total the definition does not have): the mean of the answered items.
    /// </summary>
    public double Score(ReportForm form, string scoreId)
    {
        ArgumentNullException.ThrowIfNull(form);
        var index = Definition is null ? -1 : IndexOf(scoreId);
        if (_scorer is null || index < 0)
        {
            return (Subscales.FirstOrDefault(s => s.Id == scoreId) ?? Total).Score(form);
        }
        // A handful of scores per instrument: on the stack, as the report scores every form several times.
        Span<double> scores = stackalloc double[Definition!.Scores.Count];
        Span<int> answered = stackalloc int[scores.Length];
        return _scorer.Score(form.Values, scores, answered).IsValid ? scores[index] : double.NaN;
    }

    /// <summary><c>mean</c> or <c>sum</c> (the definition's rule of the score); <c>item mean</c> without a definition.</summary>
    public string RuleName(string scoreId) =>
        Find(scoreId) is { } s ? s.Rule.ToString().ToLowerInvariant() : "item mean";

    /// <summary>The axis for a score: its range and, for a score with a cutoff, the first cutoff's threshold.</summary>
    public ScoreScale Scale(string scoreId, string label)
    {
        if (Find(scoreId) is { } s)
        {
            var cutoff = Definition!.Cutoffs.FirstOrDefault(c => c.ScoreId == scoreId)?.Threshold;
            return new ScoreScale($"{label} ({RuleName(scoreId)})", s.Range.Min, s.Range.Max, cutoff);
        }
        var scale = Subscales.FirstOrDefault(x => x.Id == scoreId) ?? Total;
        return new ScoreScale($"{label} (item mean)", scale.Max > scale.Min ? scale.Min : null, scale.Max > scale.Min ? scale.Max : null);
    }

    /// <summary>The definition's score with that id, or null.</summary>
    public Subscale? Find(string scoreId) => Definition?.Scores.FirstOrDefault(s => s.Id == scoreId);

    private int IndexOf(string scoreId)
    {
        var scores = Definition!.Scores;
        for (var i = 0; i < scores.Count; i++)
        {
            if (scores[i].Id == scoreId)
            {
                return i;
            }
        }
        return -1;
    }
}
