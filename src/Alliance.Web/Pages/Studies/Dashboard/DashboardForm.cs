using Alliance.Instruments;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// One form the study's participants fill in, as the dashboard shows it: who rates it, the instrument id, its title,
/// the construct it measures (the definition's <c>construct</c>, else its id), and its followed score
/// (<see cref="FollowedScore"/>) with that score's title and range (<see cref="Subscale.Range"/>, e.g. 1–5 for a
/// mean of 1–5 items, 0–40 for a sum of four 0–10 lines). Title, score and range come from the newest frozen version;
/// each response is still scored by its own version. <see cref="Cutoff"/> is the first cutoff on the followed score
/// (the chart's line), client forms only.
/// </summary>
public sealed record DashboardForm(
    RaterRole Role, string Instrument, LocalizedText Title, string Construct, LocalizedText? ScoreTitle, ScoreRange? Range, Cutoff? Cutoff)
{
    /// <summary>Whether this is the form of <paramref name="role"/> with id <paramref name="instrument"/>.</summary>
    public bool Is(RaterRole role, string instrument) => Role == role && Instrument == instrument;
}
