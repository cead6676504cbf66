using Microsoft.AspNetCore.Authorization;

namespace Alliance.Web.Workspace;

/// <summary>
/// Why <see cref="StudyGate"/> refused: <see cref="Status"/> 404 for a study the caller is not a member of (nobody
/// learns which other studies exist), 403 for a member whose role the policy does not admit.
/// </summary>
internal sealed class StudyRefusal(IAuthorizationHandler handler, int status, string message)
    : AuthorizationFailureReason(handler, message)
{
    public int Status { get; } = status;
}
