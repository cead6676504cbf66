using Alliance.Plots;

namespace Alliance.Cli.Report;

/// <summary>A figure of the report: file stem (<c>&lt;Name&gt;.svg</c> and <c>.png</c>), caption and the chart.</summary>
internal sealed record ReportFigure(string Name, string Caption, Figure Figure);
