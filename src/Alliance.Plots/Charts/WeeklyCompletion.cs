namespace Alliance.Plots.Charts;

/// <summary>Questionnaires completed and due in one study week.</summary>
public sealed record WeeklyCompletion(int Week, int Completed, int Due);
