using Microsoft.AspNetCore.Authorization;

namespace Alliance.Web.Workspace;

/// <summary>
/// Why <see cref="StudyGate"/> refused: <see cref="Status"/> 404 for a study the caller is not a member of (nobody
/// learns which other studies exist), 403 for a member whose role the policy does not admit, 302 to
/// <see cref="Location"/> for a member who must first turn on two-factor sign-in.
/// </summary>
internal sealed class StudyRefusal(IAuthorizationHandler handler, int status, string message, string? location = null)
    : AuthorizationFailureReason(handler, message)
{
    public int Status { get; } = status;

    /// <summary>Where a page request is sent instead (a redirect), or null.</summary>
    public string? Location { get; } = location;
}
