namespace Alliance.Web.Workspace;

/// <summary>Who an API request acts as: the membership its bearer token belongs to (set by <see cref="StudyGate"/>).</summary>
internal sealed record StudyMembership(long StudyId, Guid AccountId, Guid TokenId, string Role)
{
    /// <summary>The audit log's actor: the account, and the token it used.</summary>
    public string Actor => $"account:{AccountId:D} token:{TokenId:D}";
}
