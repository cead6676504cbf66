namespace Alliance.Web.Surveys;

/// <summary>What became of one submission attempt.</summary>
internal enum SubmissionOutcome
{
    /// <summary>Stored now (HTTP 201).</summary>
    Created,

    /// <summary>The same Idempotency-Key was already stored: same result, nothing new (HTTP 201).</summary>
    Replayed,

    /// <summary>Another submission, under a different key, already holds this invitation (HTTP 409).</summary>
    AlreadySubmitted,

    /// <summary>The link is expired or withdrawn (HTTP 410), or not open yet (HTTP 409).</summary>
    Closed,

    /// <summary>The answers or consent are invalid; nothing stored (HTTP 422).</summary>
    Invalid,

    /// <summary>No invitation has this link (HTTP 404).</summary>
    Unknown,

    /// <summary>The link is known but the request was refused before its answers were looked at (its own 4xx).</summary>
    Refused,
}
