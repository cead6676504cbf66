namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>The trajectory chart of one construct of a dyad as inline SVG, and the forms it draws (one line each).</summary>
public sealed record ConstructChart(ConstructForms Construct, IReadOnlyList<DashboardForm> Lines, string Svg);
