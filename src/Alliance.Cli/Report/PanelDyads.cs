using Alliance.Analysis.Ruptures;

namespace Alliance.Cli.Report;

/// <summary>
/// Chooses the dyads of the per-dyad figures (<c>--dyads</c>): <c>all</c>; <c>ruptures</c>, the dyads in which the
/// report's rupture rule finds an episode (the followed client form, <see cref="RupturePolicy"/>); or <c>flagged</c>,
/// those and the dyads with an alert as the dashboard raises one: the latest client form of an instrument with cutoffs
/// (highest session; the last of that session in the data) meets one of them on its own score. Without the option every
/// dyad is drawn up to <see cref="AllUpTo"/> dyads and the rupture dyads above: a 10,000-dyad study would need 209 figures
/// of 48 panels, and on the bench's seed nearly every dyad has an alert (its session check's total is mostly below 36),
/// so <c>flagged</c> would draw nearly all of them.
/// </summary>
internal static class PanelDyads
{
    /// <summary>Largest study whose report draws every dyad by default: 10 figures of 48 panels.</summary>
    public const int AllUpTo = 480;

    public static DyadSelection Select(DyadChoice choice, IReadOnlyList<string> dyads, IReadOnlyList<ReportForm> forms,
        IReadOnlyDictionary<string, ReportInstrument> instruments, IEnumerable<RuptureEpisode> episodes)
    {
        var bySize = choice == DyadChoice.BySize;
        if (bySize)
        {
            choice = dyads.Count > AllUpTo ? DyadChoice.Ruptures : DyadChoice.All;
        }
        var shown = choice == DyadChoice.All ? dyads.ToHashSet(StringComparer.Ordinal) : episodes.Select(e => e.Client).ToHashSet(StringComparer.Ordinal);
        if (choice == DyadChoice.Flagged)
        {
            shown.UnionWith(Alerted(forms, instruments));
        }
        shown.IntersectWith(dyads);
        return new DyadSelection(choice, bySize, dyads.Count, shown);
    }

    /// <summary>Dyads whose latest client form of an instrument with cutoffs meets one of them.</summary>
    private static IEnumerable<string> Alerted(IReadOnlyList<ReportForm> forms, IReadOnlyDictionary<string, ReportInstrument> instruments)
    {
        var latest = new Dictionary<(string Dyad, string Instrument), ReportForm>();
        foreach (var form in forms)
        {
            if (form.Role == "client" && instruments[form.Instrument].Definition is { Cutoffs.Count: > 0 }
                && (!latest.TryGetValue((form.Dyad, form.Instrument), out var seen) || form.Session >= seen.Session))
            {
                latest[(form.Dyad, form.Instrument)] = form;
            }
        }
        foreach (var ((dyad, id), form) in latest)
        {
            var instrument = instruments[id];
            if (instrument.Definition!.Cutoffs.Any(c => c.IsMet(instrument.Score(form, c.ScoreId))))
            {
                yield return dyad;
            }
        }
    }
}
