namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>A dyad's page: its dashboard line, its sessions with every form, and its trajectory chart as inline SVG.</summary>
public sealed record DyadDetail(DyadOverview Overview, IReadOnlyList<SessionLine> Sessions, string ChartSvg);
