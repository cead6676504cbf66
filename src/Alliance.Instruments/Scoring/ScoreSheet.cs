namespace Alliance.Instruments.Scoring;

/// <summary>All scores and alerts of one response.</summary>
/// <param name="Scores">Subscales in definition order, then the total.</param>
/// <param name="Alerts">One result per cutoff.</param>
public sealed record ScoreSheet(IReadOnlyList<ScaleScore> Scores, IReadOnlyList<AlertResult> Alerts)
{
    /// <summary>The score with that id (subscale id or <c>total</c>); <see cref="KeyNotFoundException"/> otherwise.</summary>
    public ScaleScore this[string id] =>
        Scores.FirstOrDefault(s => s.Id == id) ?? throw new KeyNotFoundException($"no score '{id}'");
}
