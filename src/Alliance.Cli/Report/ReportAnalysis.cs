using Alliance.Analysis;
using Alliance.Analysis.Agreement;
using Alliance.Analysis.Descriptives;
using Alliance.Analysis.Reliability;
using Alliance.Analysis.Ruptures;
using Alliance.Instruments;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>
/// Computes the report's numbers from the forms of a long export with the project's statistics library:
/// descriptives, reliability per scale, client–therapist agreement per construct, trajectories and ruptures. Every score is
/// on its instrument's own rule (<see cref="ReportInstrument.Score"/>), the rule the exports and the dashboard use.
/// </summary>
internal static class ReportAnalysis
{
    public static ReportData Compute(ReportInput input, DyadChoice choice, TextWriter progress)
    {
        var (forms, instruments) = (input.Forms, input.Instruments);
        var byId = instruments.ToDictionary(i => i.Id, StringComparer.Ordinal);
        double Total(ReportForm f) => byId[f.Instrument].Score(f, "total");

        progress.WriteLine("descriptives…");
        var descriptives = forms.GroupBy(f => (f.Role, f.Instrument, f.Session))
            .OrderBy(g => g.Key.Role, StringComparer.Ordinal).ThenBy(g => g.Key.Instrument, StringComparer.Ordinal).ThenBy(g => g.Key.Session)
            .Select(g => new DescriptiveRow(g.Key.Role, g.Key.Instrument, "total", g.Key.Session, DescriptiveSummary.Of(g.Select(Total).ToArray())))
            .ToList();
        var cutoffs = instruments.Where(i => i.Definition is not null).SelectMany(i => i.Definition!.Cutoffs.Select(c =>
        {
            var scores = forms.Where(f => f.Instrument == i.Id).Select(f => i.Score(f, c.ScoreId)).Where(v => !double.IsNaN(v)).ToList();
            return new CutoffCount(i.Id, c, scores.Count(c.IsMet), scores.Count);
        })).ToList();

        progress.WriteLine("reliability…");
        var reliability = new List<ReliabilityRow>();
        foreach (var instrument in instruments)
        {
            var own = forms.Where(f => f.Instrument == instrument.Id).ToList();
            var items = instrument.ReliabilityScales.SelectMany(s => s.Items).Distinct(StringComparer.Ordinal).ToList();
            var columns = items.ToDictionary(i => i, i => Column(own, instrument.Items.PositionOf(i)), StringComparer.Ordinal);
            var scales = instrument.ReliabilityScales.Select(s => KeyValuePair.Create(s.Id, s.Items));
            var reverse = instrument.ReliabilityScales.SelectMany(s => s.Reversed).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var r in ScaleReliability.ComputeSubscales(columns, scales, new ReliabilityOptions { Reverse = reverse }))
            {
                reliability.Add(new ReliabilityRow(instrument.Id, instrument.FromCatalog, r));
            }
        }

        progress.WriteLine("agreement…");
        var pairs = DeclaredPairs(forms, byId);
        var agreements = pairs.Select(p => Agreement(p.Client, p.Therapist, pairs.Count > 1 ? "-" + p.Client.Construct : "",
            Scores(forms, "client", p.Client.Id, Total), Scores(forms, "therapist", p.Therapist.Id, Total))).ToList();

        // Trajectories, ruptures and the per-dyad panels follow one client form; its therapist line is its declared
        // parallel form only, never another construct's form on another scale.
        var clientInstrument = FirstInstrument(forms, "client") ?? instruments[0].Id;
        var therapistInstrument = pairs.FirstOrDefault(p => p.Client.Id == clientInstrument).Therapist?.Id;
        var client = Scores(forms, "client", clientInstrument, Total);
        var therapist = therapistInstrument is null ? [] : Scores(forms, "therapist", therapistInstrument, Total);

        progress.WriteLine("trajectories (mixed model)…");
        var trajectories = ReportTrajectories.Compute(client);

        progress.WriteLine("ruptures…");
        RuptureReport? ruptures = null;
        string? ruptureProblem = null;
        try
        {
            ruptures = RupturePolicy.Detect(client.Select(c => new Alliance.Analysis.Ruptures.SessionScore(c.Key.Dyad, c.Key.Session, c.Value)));
        }
        catch (AnalysisInputException ex)
        {
            ruptureProblem = ex.Message;
        }
        // Each dyad's scores and episodes are looked up, not searched for: scanning every score for every dyad took
        // 7.5 of the 8.5 minutes of a 10,000-dyad report (#21 item 4).
        var clientByDyad = client.ToLookup(c => c.Key.Dyad, StringComparer.Ordinal);
        var therapistByDyad = therapist.ToLookup(c => c.Key.Dyad, StringComparer.Ordinal);
        var episodesByDyad = (ruptures?.Episodes ?? []).ToLookup(e => e.Client, StringComparer.Ordinal);
        var dyads = client.Keys.Concat(therapist.Keys).Select(k => k.Dyad).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var selection = PanelDyads.Select(choice, dyads, forms, byId, ruptures?.Episodes ?? []);
        progress.WriteLine(selection.Progress);
        var panels = dyads.Where(selection.Shown.Contains).Select(d => Panel(d, clientByDyad[d], therapistByDyad[d], episodesByDyad[d])).ToList();

        var distributions = new List<(string, string, IReadOnlyList<SubscaleScores>, ScoreScale)>();
        foreach (var role in new[] { "client", "therapist" })
        {
            var id = role == "client" ? clientInstrument : therapistInstrument ?? FirstInstrument(forms, role);
            if (id is null || !forms.Any(f => f.Role == role && f.Instrument == id))
            {
                continue;
            }
            var instrument = byId[id];
            var scales = instrument.Subscales.Count > 0 ? instrument.Subscales : [instrument.Total];
            var own = forms.Where(f => f.Role == role && f.Instrument == id).ToList();
            distributions.Add((role, id, scales.Select(s => new SubscaleScores(s.Id, own.Select(f => instrument.Score(f, s.Id)).Where(v => !double.IsNaN(v)).ToList())).ToList(),
                instrument.Scale(scales[0].Id, "Score")));
        }
        var scale = byId[clientInstrument].Scale("total", "Total");
        return new ReportData(input.Source, forms, instruments, descriptives, reliability, agreements, trajectories, ruptures, ruptureProblem,
            panels, selection, distributions, cutoffs, scale, clientInstrument, therapistInstrument);
    }

    /// <summary>
    /// The client forms in the data with their declared parallel therapist form in the data (<see cref="ParallelForms.AreDeclaredPair"/>),
    /// by construct: the only forms whose scores may be compared.
    /// </summary>
    private static List<(ReportInstrument Client, ReportInstrument Therapist)> DeclaredPairs(IReadOnlyList<ReportForm> forms, Dictionary<string, ReportInstrument> byId)
    {
        var therapists = forms.Where(f => f.Role == "therapist").Select(f => f.Instrument).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => byId[id]).Where(i => i.Definition is not null).ToList();
        var pairs = new List<(ReportInstrument, ReportInstrument)>();
        foreach (var client in forms.Where(f => f.Role == "client").Select(f => f.Instrument).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => byId[id]).Where(i => i.Definition is not null))
        {
            if (therapists.FirstOrDefault(t => ParallelForms.AreDeclaredPair(client.Definition!, t.Definition!)) is { } therapist)
            {
                pairs.Add((client, therapist));
            }
        }
        return [.. pairs.OrderBy(p => p.Item1.Construct, StringComparer.Ordinal)];
    }

    private static double[] Column(List<ReportForm> forms, int position) => [.. forms.Select(f => f.Value(position))];

    private static string? FirstInstrument(IEnumerable<ReportForm> forms, string role) =>
        forms.Where(f => f.Role == role).Select(f => f.Instrument).Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>Total score per dyad-session for one role and instrument, one per session as <see cref="RupturePolicy.SessionMeans{TSession}"/> makes it.</summary>
    private static SortedDictionary<(string Dyad, int Session), double> Scores(IEnumerable<ReportForm> forms, string role, string instrument, Func<ReportForm, double> total)
    {
        var result = new SortedDictionary<(string Dyad, int Session), double>(Comparer<(string Dyad, int Session)>.Create(
            (a, b) => string.CompareOrdinal(a.Dyad, b.Dyad) is var c and not 0 ? c : a.Session.CompareTo(b.Session)));
        foreach (var dyad in forms.Where(f => f.Role == role && f.Instrument == instrument).GroupBy(f => f.Dyad, StringComparer.Ordinal))
        {
            foreach (var (session, mean) in RupturePolicy.SessionMeans(dyad.Select(f => (f.Session, total(f)))))
            {
                result[(dyad.Key, session)] = mean;
            }
        }
        return result;
    }

    private static AgreementSection Agreement(ReportInstrument clientForm, ReportInstrument therapistForm, string suffix,
        SortedDictionary<(string Dyad, int Session), double> client, SortedDictionary<(string Dyad, int Session), double> therapist)
    {
        AgreementSection Section(IReadOnlyList<RatingPair> pairs, string? problem) => new(clientForm.Construct, clientForm.Id, therapistForm.Id,
            clientForm.Scale("total", "Total"), suffix, pairs, null, null, null, problem);
        var pairs = client.Where(c => therapist.ContainsKey(c.Key))
            .Select(c => new RatingPair($"{c.Key.Dyad} session {c.Key.Session}", c.Value, therapist[c.Key])).ToList();
        if (pairs.Count < 3)
        {
            return Section(pairs, $"only {pairs.Count} dyad-session(s) rated by both client and therapist; at least 3 are needed");
        }
        var c = pairs.Select(p => p.Client).ToArray();
        var t = pairs.Select(p => p.Therapist).ToArray();
        try
        {
            return Section(pairs, null) with
            {
                Icc = IntraclassCorrelation.Compute([c, t])["ICC2"], Pearson = Correlation.Pearson(c, t), BlandAltman = BlandAltman.Compute(c, t),
            };
        }
        catch (AnalysisInputException ex)
        {
            return Section(pairs, ex.Message);
        }
    }

    private static DyadTrajectory Panel(string dyad, IEnumerable<KeyValuePair<(string Dyad, int Session), double>> client,
        IEnumerable<KeyValuePair<(string Dyad, int Session), double>> therapist, IEnumerable<RuptureEpisode> ruptures)
    {
        var clientScores = client.ToDictionary(c => c.Key.Session, c => c.Value);
        var therapistScores = therapist.ToDictionary(c => c.Key.Session, c => c.Value);
        var sessions = clientScores.Keys.Concat(therapistScores.Keys).Distinct().Order()
            .Select(s => new Alliance.Plots.Charts.SessionScore(s, clientScores.TryGetValue(s, out var cv) ? cv : null,
                therapistScores.TryGetValue(s, out var tv) ? tv : null)).ToList();
        var episodes = ruptures.ToList();
        return new DyadTrajectory(dyad, sessions)
        {
            Ruptures = [.. episodes.Select(e => (int)e.Session)],
            Repairs = [.. episodes.Where(e => e.RepairSession is not null).Select(e => (int)e.RepairSession!.Value)],
        };
    }
}
