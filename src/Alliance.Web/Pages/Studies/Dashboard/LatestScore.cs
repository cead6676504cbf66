namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>The most recent score of a role on the dashboard's tracked form: which form, which session, which value.</summary>
public sealed record LatestScore(string Instrument, int Session, double Score);
