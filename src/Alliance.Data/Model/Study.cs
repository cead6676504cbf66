namespace Alliance.Data.Model;

/// <summary>A study: the unit of access control, export and distribution. Its key is the <c>study_id</c> every table carries.</summary>
public sealed class Study
{
    public long StudyId { get; set; }

    public required string Name { get; set; }

    /// <summary>Consent text shown to participants; null when the study records no consent.</summary>
    public string? ConsentText { get; set; }

    /// <summary>Whether a response needs a consent record (given before or with it).</summary>
    public bool ConsentRequired { get; set; }

    /// <summary>Languages offered (BCP 47 tags), the default first.</summary>
    public List<string> Languages { get; set; } = ["en"];

    /// <summary>How long a new invitation link stays valid.</summary>
    public TimeSpan LinkExpiry { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Further settings as a JSON object (e.g. SRS alert cutoff).</summary>
    public string Settings { get; set; } = "{}";

    public DateTimeOffset CreatedAt { get; set; }
}
