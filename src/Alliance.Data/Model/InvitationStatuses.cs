namespace Alliance.Data.Model;

/// <summary>The life of an invitation (checked by the database).</summary>
public static class InvitationStatuses
{
    public const string Open = "open";
    public const string Submitted = "submitted";
    public const string Expired = "expired";
    public const string Withdrawn = "withdrawn";
}
