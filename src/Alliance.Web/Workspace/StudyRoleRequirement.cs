using Microsoft.AspNetCore.Authorization;

namespace Alliance.Web.Workspace;

/// <summary>
/// The requirement behind each <see cref="StudyPolicies"/> entry: the signed-in account (or API token) is a member of
/// the study in the route and its role is one of <see cref="Roles"/>. <see cref="StudyGate"/> decides it.
/// </summary>
internal sealed class StudyRoleRequirement(IReadOnlyList<string> roles) : IAuthorizationRequirement
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
