namespace Alliance.Data.Model;

/// <summary>
/// One signed-in browser of a researcher: the sign-in cookie names its <see cref="SessionId"/>, and every request
/// is refused unless the row still exists, so deleting it (sign-out, sign-out everywhere, a password change) ends the
/// session on every server instance, copied cookies included. Like <see cref="ResearcherAccount"/> it has no
/// <c>study_id</c> (a reference table in a distributed deployment).
/// </summary>
public sealed class SignInSession
{
    public Guid SessionId { get; set; }

    public Guid AccountId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the cookie naming this session expires (moved on when the sliding cookie is renewed).</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
