namespace Alliance.Data.Model;

/// <summary>
/// An instrument definition frozen for a study: the JSON is stored with its content hash when the study first
/// uses it, so a later edit of the instrument file cannot rewrite past data.
/// </summary>
public sealed class InstrumentVersion
{
    public long StudyId { get; set; }

    public Guid InstrumentVersionId { get; set; }

    /// <summary>Instrument id, e.g. <c>wai-sr</c>.</summary>
    public required string InstrumentId { get; set; }

    public required string Version { get; set; }

    /// <summary>Content hash of the definition (format owned by Alliance.Instruments).</summary>
    public required string ContentHash { get; set; }

    /// <summary>The definition as JSON (jsonb).</summary>
    public required string Definition { get; set; }

    public DateTimeOffset FrozenAt { get; set; }
}
