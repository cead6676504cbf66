namespace Alliance.Data.Model;

/// <summary>
/// A link a study's team sends a colleague to try a form as participants see it (<c>/s/test/{token}</c>). It carries
/// its own copy of the definition (the content the link was made from, by content hash), so a later edit of a draft
/// does not change what an open test link shows. Its answers (<see cref="TestAnswer"/>) live in tables of their own,
/// apart from invitations, drafts and responses, so no export, analysis, dashboard or report can reach them.
/// </summary>
public sealed class TestLink
{
    public long StudyId { get; set; }

    public Guid TestLinkId { get; set; }

    /// <summary>SHA-256 of the link token (unique), made and hashed as participant tokens are.</summary>
    public required byte[] TokenHash { get; set; }

    public required string InstrumentId { get; set; }

    public required string Version { get; set; }

    /// <summary>Content hash of <see cref="Definition"/>.</summary>
    public required string ContentHash { get; set; }

    /// <summary>The definition the link was made from (jsonb).</summary>
    public required string Definition { get; set; }

    /// <summary>The participant language the link opens in.</summary>
    public required string Language { get; set; }

    /// <summary>Answers saved for later (JSON object item id → value, jsonb); null when none.</summary>
    public string? Draft { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this the link answers as an unknown link does.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
