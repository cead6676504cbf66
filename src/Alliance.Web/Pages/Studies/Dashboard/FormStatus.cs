using Alliance.Instruments;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// One form of a session: who fills it in, which instrument, its state (<c>submitted</c>, <c>open</c>, <c>overdue</c>,
/// <c>expired</c>, <c>withdrawn</c>) and its followed score with the range of that score (score null when not
/// submitted, not scorable or hidden by blinding).
/// </summary>
public sealed record FormStatus(string Role, string Instrument, string State, double? Score, ScoreRange? Range);
