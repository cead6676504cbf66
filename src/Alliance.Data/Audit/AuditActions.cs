namespace Alliance.Data.Audit;

/// <summary>The audit log's action names for access changes (exports log <c>export</c> themselves).</summary>
public static class AuditActions
{
    public const string MemberAdded = "member.add";
    public const string MemberRoleChanged = "member.role";
    public const string MemberLinked = "member.link";
    public const string MemberRemoved = "member.remove";
    public const string TokenCreated = "token.create";
    public const string TokenRevoked = "token.revoke";
    public const string AuditDownloaded = "audit.download";
}
