namespace Alliance.Data.Model;

/// <summary>
/// The life of an invitation, stored as its lower-case name (<c>open</c>, <c>submitted</c>, <c>expired</c>,
/// <c>withdrawn</c>; the database checks the column). A link's status as a participant sees it also depends on its
/// expiry and on withdrawals: see <c>Surveys/LinkStatus</c>.
/// </summary>
public enum InvitationStatus
{
    /// <summary>Issued and not yet answered.</summary>
    Open,

    /// <summary>A response is stored.</summary>
    Submitted,

    /// <summary>Closed unanswered (replaced by a reissued link, or marked expired).</summary>
    Expired,

    /// <summary>The participant withdrew; nothing more is collected.</summary>
    Withdrawn,
}
