namespace Alliance.Web.Tests.Fuzz;

/// <summary>
/// What the generator fills requests with: the seeded study's ids and links, a researcher's signed-in cookie with its
/// antiforgery token and API token, and the form field names each page's own HTML uses.
/// </summary>
internal sealed record FuzzSession(
    long StudyId,
    long OtherStudyId,
    IReadOnlyList<string> Tokens,
    IReadOnlyList<string> ItemIds,
    string DyadCode,
    Guid InvitationId,
    string Cookie,
    string Antiforgery,
    string ApiToken,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Fields);
