namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// A dyad's page: its dashboard line; the forms whose scores the session table shows (those issued to the dyad that
/// the member may see, by construct), its sessions with every form, one trajectory chart per construct with scores,
/// and the client forms the rupture rule follows in the study.
/// </summary>
public sealed record DyadDetail(DyadOverview Overview, IReadOnlyList<DashboardForm> Columns, IReadOnlyList<SessionLine> Sessions,
    IReadOnlyList<ConstructChart> Charts, IReadOnlyList<DashboardForm> RuptureForms);
