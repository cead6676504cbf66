using Alliance.Data.Surveys;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>How the sessions pages write a link's state and times: the same on the board, the new-link page and the links.</summary>
internal static class LinkWording
{
    /// <summary>
    /// A moment as the sessions pages show it, in the page's language (<see cref="WorkspaceText.DateTime"/>:
    /// <c>2026-03-20 00:00 UTC</c>, <c>20.03.2026, 00:00 UTC</c>; links open and expire at UTC times); the links file
    /// keeps ISO 8601.
    /// </summary>
    public static string Moment(WorkspaceText t, DateTimeOffset? moment)
    {
        ArgumentNullException.ThrowIfNull(t);
        return moment is { } m ? t.DateTime(m) : "";
    }

    /// <summary>
    /// The state <paramref name="status"/> (a <see cref="LinkStateNames"/> name) in words: <c>sessions.status.{name}</c>;
    /// a link not open yet says when it opens.
    /// </summary>
    public static string Status(WorkspaceText t, string status, DateTimeOffset? opensAt)
    {
        ArgumentNullException.ThrowIfNull(t);
        return status == LinkState.NotOpen.Name() ? t.Format("sessions.status.not_open", Moment(t, opensAt)) : t["sessions.status." + status];
    }

    /// <summary>When a link opens and expires, in words; empty for a link open from the start that never expires.</summary>
    public static string Window(WorkspaceText t, DateTimeOffset? opensAt, DateTimeOffset? expiresAt)
    {
        ArgumentNullException.ThrowIfNull(t);
        return (opensAt, expiresAt) switch
        {
            ({ }, { }) => t.Format("sessions.links.window", Moment(t, opensAt), Moment(t, expiresAt)),
            (null, { }) => t.Format("sessions.links.expiresOnly", Moment(t, expiresAt)),
            ({ }, null) => t.Format("sessions.links.opensOnly", Moment(t, opensAt)),
            _ => "",
        };
    }
}
