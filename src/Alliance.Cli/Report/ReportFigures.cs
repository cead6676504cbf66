using Alliance.Plots;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>
/// Builds the report's charts; every figure gets its own <see cref="ChartOptions.Id"/> so ids stay unique on the page.
/// Titles and captions come from <see cref="ChartWording"/> in the report's language (<c>--lang</c>).
/// </summary>
internal static class ReportFigures
{
    /// <summary>
    /// Dyads per figure of the per-dyad small multiples (12 rows of 4): a study with more gets <c>ruptures.svg</c>,
    /// <c>ruptures-2.svg</c> … in dyad order, each within the renderer's 5,000-pt limit and every panel of every part on
    /// the same y scale and ticks (the scale is the study's, not the part's).
    /// </summary>
    public const int DyadsPerFigure = 48;

    public static IReadOnlyList<ReportFigure> Create(ReportData data, TextWriter progress)
    {
        var model = data.Trajectories.Model is not null;
        var builders = new List<Func<ReportFigure>>
        {
            () => new ReportFigure("trajectories", ChartWording.Format(model ? "report.trajectories.caption.model" : "report.trajectories.caption.raw", data.ClientInstrument),
                SpaghettiChart.Create(data.Trajectories.Dyads, data.Trajectories.Mean, data.Scale,
                    ChartWording.Get(model ? "chart.mean" : "report.mean.raw"),
                    Options("trajectories", ChartWording.Get("report.trajectories.title"), FigureSize.DoubleColumn, 300))),
        };
        foreach (var a in data.Agreements.Where(a => a.Pairs.Count > 0))
        {
            builders.Add(() => new ReportFigure("agreement-scatter" + a.FigureSuffix, ChartWording.Format("report.agreement.caption", a.ClientInstrument, a.TherapistInstrument),
                AgreementScatterChart.Create(a.Drawn, a.Scale, Options("agreement-scatter" + a.FigureSuffix, ChartWording.Format("report.agreement.title", a.Construct), FigureSize.SingleColumn, 252))));
            builders.Add(() => new ReportFigure("bland-altman" + a.FigureSuffix, ChartWording.Format("report.ba.caption", a.ClientInstrument, a.TherapistInstrument),
                BlandAltmanChart.Create(a.Drawn, Options("bland-altman" + a.FigureSuffix, ChartWording.Format("report.ba.title", a.Construct), FigureSize.SingleColumn, 252))));
        }
        const int columns = 4;
        var parts = data.DyadPanels.Chunk(DyadsPerFigure).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            var first = (i * DyadsPerFigure) + 1;
            var rows = (part.Length + columns - 1) / columns;
            var caption = data.TherapistInstrument is { } partner
                ? ChartWording.Format("report.ruptures.caption.pair", data.ClientInstrument, partner)
                : ChartWording.Format("report.ruptures.caption.client", data.ClientInstrument);
            if (parts.Count > 1)
            {
                caption += " " + ChartWording.Format("report.ruptures.part", first, first + part.Length - 1, data.DyadPanels.Count);
            }
            var name = i == 0 ? "ruptures" : $"ruptures-{i + 1}";
            builders.Add(() => new ReportFigure(name, caption,
                DyadTrajectoryChart.CreateSmallMultiples(part, data.Scale, columns,
                    Options(name, ChartWording.Get("report.ruptures.title"), FigureSize.DoubleColumn, 70 + (120 * rows)))));
        }
        foreach (var (role, instrument, scores, scale) in data.Distributions)
        {
            var who = ChartWording.Get("chart.ba." + role);
            builders.Add(() => new ReportFigure($"distributions-{role}", ChartWording.Format("report.distributions.caption", instrument, who),
                SubscaleDistributionChart.Create(scores, scale, DistributionStyle.Violin,
                    Options($"distributions-{role}", ChartWording.Format("report.distributions.title", who), FigureSize.SingleColumn, 252))));
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
