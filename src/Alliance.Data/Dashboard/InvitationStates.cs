namespace Alliance.Data.Dashboard;

/// <summary>
/// The dashboard's counting rule in SQL, one place for every dashboard query: which dyads a request sees, and how each
/// invitation counts at <c>@now</c>. An invitation is expired when marked so or open past its expiry; open when open,
/// not expired and already opened (a link whose session lies ahead counts as issued only); overdue when open and its
/// due day — the day its link opens (UTC), the session day for links without an opening, the day it was created for a
/// session without a date — is on or before <c>@overdue_on</c>. The workspace's <c>CompletionRules</c> states the same
/// rule for one invitation in C#; the Web tests check that both count alike.
/// </summary>
internal static class InvitationStates
{
    /// <summary>The visible dyads (columns of <c>dyads</c>): the study's, or a clinician's therapist's only.</summary>
    public const string Visible = """
        SELECT d.study_id, d.dyad_id, d.code, d.therapist_id, d.client_id, d.arm FROM dyads d
        WHERE d.study_id = @study AND (NOT @restricted OR d.therapist_id = @therapist_id)
        """;

    /// <summary>Per invitation <c>i</c> of session <c>s</c>: its flags, due day and session day.</summary>
    public const string Flags = """
        i.status = 'submitted' AS submitted,
        i.status = 'withdrawn' AS withdrawn,
        (i.status = 'expired' OR (i.status = 'open' AND i.expires_at <= @now)) AS expired,
        (i.status = 'open' AND NOT coalesce(i.expires_at <= @now, false) AND NOT coalesce(i.opens_at > @now, false)) AS open,
        CASE WHEN s.held_on IS NULL THEN (i.created_at AT TIME ZONE 'UTC')::date
             WHEN i.opens_at IS NOT NULL THEN (i.opens_at AT TIME ZONE 'UTC')::date
             ELSE s.held_on END AS due_on,
        coalesce(s.held_on, (i.created_at AT TIME ZONE 'UTC')::date) AS day
        """;

    /// <summary>
    /// The six counts over rows carrying <see cref="Flags"/>, in <see cref="CompletionCounts"/> order. (CTEs named
    /// <c>visible</c> are <c>NOT MATERIALIZED</c> where a statement reads them twice: materialised, the planner guessed
    /// 555 sessions for 10,104 dyads and probed the invitations index 111,144 times instead of hashing.)
    /// </summary>
    public const string Counts = """
        count(*)::int AS issued,
        count(*) FILTER (WHERE submitted)::int AS submitted,
        count(*) FILTER (WHERE open)::int AS open,
        count(*) FILTER (WHERE open AND due_on <= @overdue_on)::int AS overdue,
        count(*) FILTER (WHERE expired)::int AS expired,
        count(*) FILTER (WHERE withdrawn)::int AS withdrawn
        """;

    /// <summary>
    /// The six counts over kept open links (rows <c>o</c> of <c>open_link_counts</c>, each <c>links</c> links still open
    /// with one due day, opening and expiry), in <see cref="Counts"/>' order and by <see cref="Flags"/>' rule for a link
    /// still open: that table stores a missing opening as −infinity and a missing expiry as infinity, so "not past its
    /// expiry" is <c>expires_at &gt; @now</c> and "already opened" <c>opens_at &lt;= @now</c>.
    /// </summary>
    public const string KeptOpenCounts = """
        sum(o.links)::int AS issued,
        0 AS submitted,
        coalesce(sum(o.links) FILTER (WHERE o.expires_at > @now AND o.opens_at <= @now), 0)::int AS open,
        coalesce(sum(o.links) FILTER (WHERE o.expires_at > @now AND o.opens_at <= @now AND o.due_on <= @overdue_on), 0)::int AS overdue,
        coalesce(sum(o.links) FILTER (WHERE o.expires_at <= @now), 0)::int AS expired,
        0 AS withdrawn
        """;

    /// <summary>Sums of <see cref="Counts"/> columns over groups of groups (per session, then per dyad), same names.</summary>
    public const string Sums = """
        sum(issued)::int AS issued, sum(submitted)::int AS submitted, sum(open)::int AS open,
        sum(overdue)::int AS overdue, sum(expired)::int AS expired, sum(withdrawn)::int AS withdrawn
        """;
}
