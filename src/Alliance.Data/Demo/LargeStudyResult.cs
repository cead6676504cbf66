namespace Alliance.Data.Demo;

/// <summary>
/// A seeded large study: its id, its owner's login and API token, what was stored, and the links of the last
/// session that are open now (<see cref="OpenLinks"/>, for a participant to answer).
/// </summary>
public sealed record LargeStudyResult(long StudyId, string Email, string Password, string ApiToken, int Dyads, int Sessions,
    int Invitations, int Answered, IReadOnlyList<DemoLink> OpenLinks);
