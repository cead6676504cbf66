namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>A dyad with its recorded sessions, in number order.</summary>
internal sealed record DyadSessions(Guid DyadId, string Code, IReadOnlyList<SessionLine> Sessions)
{
    /// <summary>The number a new session of this dyad gets by default: one after the highest recorded.</summary>
    public int NextNumber => Sessions.Count == 0 ? 1 : Sessions.Max(s => s.Number) + 1;
}
