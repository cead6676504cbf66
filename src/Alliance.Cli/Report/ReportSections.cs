using System.Globalization;
using System.Text;
using static Alliance.Cli.Report.ReportHtml;

namespace Alliance.Cli.Report;

/// <summary>The sections of the HTML report, in page order.</summary>
internal static class ReportSections
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static void Descriptives(StringBuilder b, ReportData data)
    {
        b.Append("<section id=\"descriptives\">\n<h2>Descriptives</h2>\n")
         .Append("<p>Total score per role, instrument and session number, on each instrument's own scoring rule (see above). SD with N − 1; quartiles and median by R's <code>quantile()</code> type 7; missing = forms without a score.</p>\n");
        Table(b, "Total score by role, instrument and session",
            ["Role", "Instrument", "Session", "n", "Missing", "Mean", "SD", "Median", "Q1", "Q3", "Min", "Max"],
            data.Descriptives.Select(d => (IReadOnlyList<string>)[d.Role, d.Instrument, d.Session.ToString(C), d.Summary.N.ToString(C), d.Summary.Missing.ToString(C),
                N(d.Summary.Mean), N(d.Summary.StandardDeviation), N(d.Summary.Median), N(d.Summary.FirstQuartile), N(d.Summary.ThirdQuartile),
                N(d.Summary.Minimum), N(d.Summary.Maximum)]), rowHeaders: 0);
        b.Append("</section>\n");
    }

    public static void Reliability(StringBuilder b, ReportData data)
    {
        b.Append("<section id=\"reliability\">\n<h2>Reliability</h2>\n")
         .Append("<p>Cronbach's α from the pairwise-complete covariance matrix (<code>psych::alpha</code>) with Feldt's 95 % interval, and ω total from a one-factor minres fit (<code>psych::omega(x, nfactors = 1)</code>), over every form of the instrument (sessions pooled, so forms of one dyad are not independent).</p>\n");
        foreach (var id in data.Instruments.Where(i => !i.FromCatalog).Select(i => i.Id))
        {
            b.Append("<p class=\"note\">Instrument <code>").Append(E(id))
             .Append("</code> has no instrument definition (neither in the shipped catalog nor, with <code>--study</code>, frozen in the study): all its items are treated as one scale (“total”), with no reverse keying.</p>\n");
        }
        Table(b, "Reliability per instrument scale", ["Instrument", "Scale", "n", "k", "α", "α 95 % CI", "ω total", "Note"],
            data.Reliability.Select(r => r.Reliability.Result is { } x
                ? (IReadOnlyList<string>)[r.Instrument, r.Reliability.Subscale, x.N.ToString(C), x.K.ToString(C), N(x.RawAlpha, 3),
                    $"{N(x.FeldtInterval.Lower, 3)} to {N(x.FeldtInterval.Upper, 3)}", N(x.OmegaTotal, 3), string.Join("; ", x.Diagnostics)]
                : [r.Instrument, r.Reliability.Subscale, "—", "—", "—", "—", "—", r.Reliability.Problem ?? ""]), rowHeaders: 0);
        b.Append("</section>\n");
    }

    public static void Agreement(StringBuilder b, ReportData data, IReadOnlyList<ReportFigure> figures)
    {
        b.Append("<section id=\"agreement\">\n<h2>Client–therapist agreement</h2>\n")
         .Append("<p>One block per construct rated with a client form and its declared parallel therapist form (same items, same scoring rule and range; <code>parallel_form</code> in the instrument definitions): only such forms are compared. ")
         .Append("ICC(2,1): two-way random effects, absolute agreement, single rater (Shrout &amp; Fleiss 1979; <code>psych::ICC</code>); Pearson r with a Fisher-z interval (<code>cor.test</code>); Bland–Altman bias = mean(client − therapist), limits = bias ± 1.96 SD (N − 1).</p>\n");
        if (data.Agreements.Count == 0)
        {
            b.Append("<p class=\"note\">Not computed: no client form in the data has its declared parallel therapist form in the data.</p>\n");
        }
        foreach (var a in data.Agreements)
        {
            b.Append("<h3>").Append(E(a.Construct)).Append(": <code>").Append(E(a.ClientInstrument)).Append("</code> and <code>")
             .Append(E(a.TherapistInstrument)).Append("</code></h3>\n")
             .Append(C, $"<p>Total scores ({E(a.Scale.Label)}) of the two forms for the {a.Pairs.Count} dyad-sessions rated with both.</p>\n");
            if (a.Problem is not null)
            {
                b.Append("<p class=\"note\">Not computed: ").Append(E(a.Problem)).Append(".</p>\n");
            }
            else
            {
                Table(b, $"Agreement statistics: {a.Construct}", ["Statistic", "Estimate", "95 % CI"],
                [
                    ["Dyad-sessions", a.Pairs.Count.ToString(C), ""],
                    ["ICC(2,1)", N(a.Icc!.Value, 3), $"{N(a.Icc.Lower, 3)} to {N(a.Icc.Upper, 3)}"],
                    ["Pearson r", N(a.Pearson!.R, 3), $"{N(a.Pearson.Interval.Lower, 3)} to {N(a.Pearson.Interval.Upper, 3)}"],
                    ["Bland–Altman bias", N(a.BlandAltman!.Bias, 3), $"{N(a.BlandAltman.BiasInterval.Lower, 3)} to {N(a.BlandAltman.BiasInterval.Upper, 3)}"],
                    ["Lower limit of agreement", N(a.BlandAltman.LowerLimit, 3), $"{N(a.BlandAltman.LowerLimitInterval.Lower, 3)} to {N(a.BlandAltman.LowerLimitInterval.Upper, 3)}"],
                    ["Upper limit of agreement", N(a.BlandAltman.UpperLimit, 3), $"{N(a.BlandAltman.UpperLimitInterval.Lower, 3)} to {N(a.BlandAltman.UpperLimitInterval.Upper, 3)}"],
                ]);
            }
            if (a.DrawEvery > 1)
            {
                b.Append(C, $"<p class=\"note\">The two figures draw one in every {a.DrawEvery} of the {a.Pairs.Count} dyad-sessions, in dyad and session order ({a.Drawn.Count} points), ")
                 .Append("so the OLS line and the Bland–Altman bias and limits drawn are those of the drawn points; the statistics above use every dyad-session.</p>\n");
            }
            b.Append("<div class=\"figures\">\n");
            Figure(b, figures, "agreement-scatter" + a.FigureSuffix);
            Figure(b, figures, "bland-altman" + a.FigureSuffix);
            b.Append("</div>\n");
        }
        b.Append("</section>\n");
    }

    public static void Trajectories(StringBuilder b, ReportData data, IReadOnlyList<ReportFigure> figures)
    {
        var t = data.Trajectories;
        b.Append("<section id=\"trajectories\">\n<h2>Trajectories</h2>\n<p>Client totals (")
         .Append(E(data.ClientInstrument)).Append(") of each dyad over sessions. The mean curve is the ").Append(E(t.MeanMethod)).Append("</p>\n");
        Figure(b, figures, "trajectories");
        if (t.Model is { } m)
        {
            Table(b, $"Fixed effects of {ReportTrajectories.Formula} (REML, {m.NObs} observations)", ["Term", "Estimate", "SE", "t"],
                m.Fixed.Select(f => (IReadOnlyList<string>)[f.Term, N(f.Estimate, 4), N(f.StdError, 4), N(f.T, 2)]));
            Table(b, "Random effects", ["Group", "Term", "SD"],
                [.. m.Random.Select(r => (IReadOnlyList<string>)[r.Group, r.Term, N(r.Sd, 4)]), ["Residual", "", N(m.ResidualSd, 4)]]);
        }
        b.Append("</section>\n");
    }

    public static void Ruptures(StringBuilder b, ReportData data, IReadOnlyList<ReportFigure> figures)
    {
        b.Append("<section id=\"ruptures\">\n<h2>Ruptures</h2>\n");
        if (data.Ruptures is not { } r)
        {
            b.Append("<p class=\"note\">Not computed: ").Append(E(data.RuptureProblem ?? "no client scores")).Append(".</p>\n");
        }
        else
        {
            b.Append(C, $"<p>A rupture is a drop of the client total of at least k = {N(r.Options.K, 0)} SD from the previous rated session (Gumz et al. 2012), ")
             .Append(C, $"SD = {N(r.Sd, 3)}, the larger of the pooled within-dyad SD ({N(r.WithinSd, 3)}) and the SD of dyad means ({N(r.BetweenSd, 3)}); ")
             .Append(C, $"repaired when the score is back at the pre-rupture level within {r.Options.Window} sessions. ")
             .Append(C, $"{r.Episodes.Count} rupture episodes in {r.Clients} dyads, {r.Repaired} repaired.</p>\n");
            Table(b, "Rupture episodes (k = 2)", ["Dyad", "From session", "Session", "Score before", "Score", "Depth", "Depth (SD)", "Repaired at session"],
                r.Episodes.Select(e => (IReadOnlyList<string>)[e.Client, N(e.PreSession, 0), N(e.Session, 0), N(e.PreScore), N(e.Score), N(e.Depth), N(e.DepthInSd),
                    e.RepairSession is { } s ? N(s, 0) : "not repaired"]));
        }
        PanelNote(b, data.PanelSelection);
        foreach (var f in figures.Where(f => f.Name == "ruptures" || f.Name.StartsWith("ruptures-", StringComparison.Ordinal)))
        {
            Figure(b, figures, f.Name);
        }
        b.Append("</section>\n");
    }

    /// <summary>Which dyads the per-dyad figures show, how many are left out, and the option that chose it.</summary>
    private static void PanelNote(StringBuilder b, DyadSelection selection)
    {
        b.Append("<p>The per-dyad figures show ").Append(E(selection.Which));
        if (selection.Choice == DyadChoice.All)
        {
            b.Append(" (<code>").Append(E(selection.Option)).Append("</code>).</p>\n");
            return;
        }
        if (selection.Choice == DyadChoice.Flagged)
        {
            b.Append("; an alert is the latest client form of an instrument with cutoffs meeting one, as on the dashboard");
        }
        b.Append(C, $". {selection.LeftOut} dyads are left out (<code>{E(selection.Option)}</code>; ")
         .Append(selection.Choice == DyadChoice.Ruptures ? "<code>--dyads flagged</code> adds the dyads with an alert, " : "")
         .Append("<code>--dyads all</code> draws every dyad).</p>\n");
    }

    public static void Distributions(StringBuilder b, IReadOnlyList<ReportFigure> figures)
    {
        b.Append("<section id=\"distributions\">\n<h2>Subscale distributions</h2>\n<div class=\"figures\">\n");
        foreach (var f in figures.Where(f => f.Name.StartsWith("distributions-", StringComparison.Ordinal)))
        {
            Figure(b, figures, f.Name);
        }
        b.Append("</div>\n</section>\n");
    }
}
