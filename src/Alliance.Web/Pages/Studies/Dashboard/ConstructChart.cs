using Alliance.Plots;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>The trajectory chart of one construct of a dyad, and the forms it draws (one line each).</summary>
public sealed record ConstructChart(ConstructForms Construct, IReadOnlyList<DashboardForm> Lines, Figure Figure)
{
    /// <summary>The chart as inline SVG for the page.</summary>
    public string Svg => Figure.ToInlineSvg();
}
