using Alliance.Data.Model;

namespace Alliance.Data.Lifecycle;

/// <summary>
/// The one rule of what a study's <see cref="StudyState"/> allows: the survey page, the participant API, the
/// submission queue, the link issuer and the workspace's write handlers all ask here.
/// </summary>
public static class StudyStates
{
    /// <summary>Whether participants' links take answers, drafts and consent (only an active study's do).</summary>
    public static bool TakesAnswers(this StudyState state) => state == StudyState.Active;

    /// <summary>Whether sessions can be recorded and links issued or renewed (only in an active study).</summary>
    public static bool IssuesLinks(this StudyState state) => state == StudyState.Active;

    /// <summary>
    /// Whether the workspace may change anything (set-up, people, sessions, members): everything but an archived study.
    /// An archived study still allows the few handlers marked for it (changing its state back, erasing a participant,
    /// downloading exports).
    /// </summary>
    public static bool AllowsChanges(this StudyState state) => state != StudyState.Archived;

    /// <summary>
    /// Whether a study may go from <paramref name="from"/> to <paramref name="to"/>: active, locked and closed may each
    /// go to any other state; an archived study only back to active (unlocking). Staying put is no change.
    /// </summary>
    public static bool MayBecome(this StudyState from, StudyState to) =>
        from != to && (from != StudyState.Archived || to == StudyState.Active);

    /// <summary>The lower-case name of <paramref name="state"/>, as stored and shown in the API.</summary>
    public static string Name(this StudyState state) => state switch
    {
        StudyState.Active => "active",
        StudyState.Locked => "locked",
        StudyState.Closed => "closed",
        StudyState.Archived => "archived",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "not a study state"),
    };

    /// <summary>The state named <paramref name="name"/>; throws <see cref="FormatException"/> for any other text.</summary>
    public static StudyState Parse(string name) => TryParse(name, out var state)
        ? state : throw new FormatException($"'{name}' is not a study state");

    /// <summary>The state named <paramref name="name"/> (exact lower-case spelling), or false.</summary>
    public static bool TryParse(string? name, out StudyState state)
    {
        (var known, state) = name switch
        {
            "active" => (true, StudyState.Active),
            "locked" => (true, StudyState.Locked),
            "closed" => (true, StudyState.Closed),
            "archived" => (true, StudyState.Archived),
            _ => (false, StudyState.Active),
        };
        return known;
    }
}
