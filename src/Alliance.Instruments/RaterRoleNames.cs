namespace Alliance.Instruments;

/// <summary>
/// The one spelling of <see cref="RaterRole"/> outside the code: <c>client</c>, <c>therapist</c>, <c>observer</c>, as
/// instrument definitions, the database, exports and the JSON API write them.
/// </summary>
public static class RaterRoleNames
{
    /// <summary>The lower-case name of <paramref name="role"/>.</summary>
    public static string Name(this RaterRole role) => role switch
    {
        RaterRole.Client => "client",
        RaterRole.Therapist => "therapist",
        RaterRole.Observer => "observer",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "not a rater role"),
    };

    /// <summary>The role named <paramref name="name"/> (exact lower-case spelling), or false.</summary>
    public static bool TryParse(string? name, out RaterRole role)
    {
        (var known, role) = name switch
        {
            "client" => (true, RaterRole.Client),
            "therapist" => (true, RaterRole.Therapist),
            "observer" => (true, RaterRole.Observer),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>The role named <paramref name="name"/>; throws <see cref="FormatException"/> for any other text.</summary>
    public static RaterRole Parse(string name) =>
        TryParse(name, out var role) ? role : throw new FormatException($"'{name}' is not a rater role (client, therapist or observer)");
}
