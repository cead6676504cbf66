using Alliance.Plots;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>Builds the report's charts; every figure gets its own <see cref="ChartOptions.Id"/> so ids stay unique on the page.</summary>
internal static class ReportFigures
{
    public static IReadOnlyList<ReportFigure> Create(ReportData data, TextWriter progress)
    {
        var builders = new List<Func<ReportFigure>>
        {
            () => new ReportFigure("trajectories", $"Client {data.ClientInstrument} totals per dyad (grey) and the {(data.Trajectories.Model is null ? "raw mean per session" : "model-implied mean with its 95 % band")}.",
                SpaghettiChart.Create(data.Trajectories.Dyads, data.Trajectories.Mean, data.Scale,
                    data.Trajectories.Model is null ? "Raw mean" : "Model-implied mean",
                    Options("trajectories", "Trajectories", FigureSize.DoubleColumn, 300))),
        };
        foreach (var a in data.Agreements.Where(a => a.Pairs.Count > 0))
        {
            var forms = $"{a.ClientInstrument} against {a.TherapistInstrument}";
            builders.Add(() => new ReportFigure("agreement-scatter" + a.FigureSuffix, $"Client against therapist total per dyad-session ({forms}), with the identity line and the OLS line.",
                AgreementScatterChart.Create(a.Pairs, a.Scale, Options("agreement-scatter" + a.FigureSuffix, $"Client vs therapist: {a.Construct}", FigureSize.SingleColumn, 252))));
            builders.Add(() => new ReportFigure("bland-altman" + a.FigureSuffix, $"Bland–Altman plot ({forms}): client − therapist against their mean; bias and limits of agreement (bias ± 1.96 SD).",
                BlandAltmanChart.Create(a.Pairs, Options("bland-altman" + a.FigureSuffix, $"Bland–Altman: {a.Construct}", FigureSize.SingleColumn, 252))));
        }
        if (data.DyadPanels.Count > 0)
        {
            const int columns = 4;
            var rows = (data.DyadPanels.Count + columns - 1) / columns;
            var lines = data.TherapistInstrument is { } partner ? $"client ({data.ClientInstrument}) and therapist ({partner}) totals" : $"client ({data.ClientInstrument}) totals";
            builders.Add(() => new ReportFigure("ruptures", $"Each dyad's {lines} over sessions; ▼ marks a rupture (k = 2), ▲ its repair.",
                DyadTrajectoryChart.CreateSmallMultiples(data.DyadPanels, data.Scale, columns,
                    Options("ruptures", "Trajectories per dyad with ruptures", FigureSize.DoubleColumn, 60 + (110 * rows)))));
        }
        foreach (var (role, instrument, scores, scale) in data.Distributions)
        {
            builders.Add(() => new ReportFigure($"distributions-{role}", $"Distribution of the {role}s' {instrument} subscale scores on the instrument's own scale over all forms; violins trimmed to the data range.",
                SubscaleDistributionChart.Create(scores, scale, DistributionStyle.Violin,
                    Options($"distributions-{role}", $"Subscale scores ({role})", FigureSize.SingleColumn, 252))));
        }
        var figures = new List<ReportFigure>();
        foreach (var build in builders)
        {
            progress.WriteLine($"figures {figures.Count + 1}/{builders.Count}…");
            figures.Add(build());
        }
        return figures;
    }

    private static ChartOptions Options(string id, string title, double width, double height) =>
        new() { Id = id, Title = title, Width = width, Height = height };
}
