namespace Alliance.Data.Model;

/// <summary>
/// A researcher's login. The one table without <c>study_id</c>: an account spans studies through
/// <see cref="StudyMember"/> (a reference table in a distributed deployment).
/// </summary>
public sealed class ResearcherAccount
{
    public Guid AccountId { get; set; }

    /// <summary>Lower-cased e-mail address, unique.</summary>
    public required string Email { get; set; }

    /// <summary>Self-describing hash string (see <see cref="Accounts.PasswordHashing"/>).</summary>
    public required string PasswordHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
