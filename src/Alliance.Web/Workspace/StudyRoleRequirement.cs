namespace Alliance.Web.Workspace;

/// <summary>Endpoint metadata: the study roles that may call the endpoint. An endpoint in the study group without it admits nobody.</summary>
internal sealed class StudyRoleRequirement(params string[] roles)
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
