namespace Alliance.Data.Surveys;

/// <summary>
/// What a participant finds behind a link (<see cref="LinkStatus.Of"/>), written out by <see cref="LinkStateNames"/>
/// (<c>open</c>, <c>not_open</c>, <c>submitted</c>, <c>expired</c>, <c>withdrawn</c>, <c>closed</c>) in the API and on pages.
/// </summary>
public enum LinkState
{
    /// <summary>Answerable now.</summary>
    Open,

    /// <summary>Its opening time (session day + offset) lies ahead: it takes no answers yet. Never stored.</summary>
    NotOpen,

    /// <summary>A response is stored.</summary>
    Submitted,

    /// <summary>Past its expiry, or closed (replaced by a reissued link).</summary>
    Expired,

    /// <summary>The participant, or this link, was withdrawn.</summary>
    Withdrawn,

    /// <summary>The study takes no answers now (locked, closed or archived by its team). Never stored.</summary>
    Closed,
}
