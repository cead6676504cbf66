namespace Alliance.Data.Model;

/// <summary>
/// The one spelling of <see cref="InvitationStatus"/> outside the code (<c>open</c>, <c>submitted</c>, <c>expired</c>,
/// <c>withdrawn</c>): the database column, raw SQL readers, the JSON API and exports.
/// </summary>
public static class InvitationStatusNames
{
    /// <summary>The lower-case name of <paramref name="status"/>.</summary>
    public static string Name(this InvitationStatus status) => status switch
    {
        InvitationStatus.Open => "open",
        InvitationStatus.Submitted => "submitted",
        InvitationStatus.Expired => "expired",
        InvitationStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "not an invitation status"),
    };

    /// <summary>The status named <paramref name="name"/>; throws <see cref="FormatException"/> for any other text.</summary>
    public static InvitationStatus Parse(string name) => name switch
    {
        "open" => InvitationStatus.Open,
        "submitted" => InvitationStatus.Submitted,
        "expired" => InvitationStatus.Expired,
        "withdrawn" => InvitationStatus.Withdrawn,
        _ => throw new FormatException($"'{name}' is not an invitation status"),
    };
}
