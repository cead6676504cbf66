namespace Alliance.Web.Outages;

/// <summary>
/// What the 503 page shows: its wording, whether a participant or a researcher reads it, the form fields to send
/// again (null for a request that posted none) and the address they go back to.
/// </summary>
public sealed record UnavailablePage(OutageText Text, bool Participant, IReadOnlyList<KeyValuePair<string, string>>? Fields,
    string RetryUrl);
