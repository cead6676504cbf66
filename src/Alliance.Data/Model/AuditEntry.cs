namespace Alliance.Data.Model;

/// <summary>Who did what to a study's data and when (exports, imports, views). Append-only by convention.</summary>
public sealed class AuditEntry
{
    public long StudyId { get; set; }

    public Guid AuditId { get; set; }

    /// <summary>Account e-mail, <c>token:&lt;id&gt;</c>, or <c>cli:&lt;user&gt;</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>E.g. <c>export</c>, <c>import</c>, <c>demo</c>.</summary>
    public required string Action { get; set; }

    /// <summary>JSON object with the particulars (jsonb).</summary>
    public string Detail { get; set; } = "{}";

    public DateTimeOffset At { get; set; }
}
