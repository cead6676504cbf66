namespace Alliance.Data.Model;

/// <summary>Who did what to a study's data and when (exports, imports, views). Append-only by convention.</summary>
public sealed class AuditEntry
{
    public long StudyId { get; set; }

    public Guid AuditId { get; set; }

    /// <summary>
    /// Who: <c>account:&lt;id&gt; &lt;e-mail&gt;</c> from the pages, <c>account:&lt;id&gt; token:&lt;id&gt;</c> from the API,
    /// <c>cli:&lt;user&gt;</c> from the command line, <c>demo</c> for the demo seed.
    /// </summary>
    public required string Actor { get; set; }

    /// <summary>E.g. <c>export</c>, <c>import</c>, <c>demo</c>.</summary>
    public required string Action { get; set; }

    /// <summary>JSON object with the particulars (jsonb).</summary>
    public string Detail { get; set; } = "{}";

    public DateTimeOffset At { get; set; }
}
