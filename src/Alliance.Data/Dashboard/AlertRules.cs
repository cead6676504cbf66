namespace Alliance.Data.Dashboard;

/// <summary>
/// What the dashboard's alert filter needs to find the dyads with an alert in SQL: each client form version with the
/// form it belongs to and its followed score; the cutoffs of each version; the rupture rule's k and span with the
/// study-wide SD per client form (forms without a usable SD raise no rupture alert); and the arms whose client
/// ratings, and so alerts, the member may not see.
/// </summary>
public sealed record AlertRules(
    IReadOnlyList<FollowedVersion> Versions,
    IReadOnlyList<CutoffRule> Cutoffs,
    double K,
    int Span,
    IReadOnlyDictionary<string, double> Sds,
    IReadOnlyList<string> HiddenArms);
