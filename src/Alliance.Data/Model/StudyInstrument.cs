namespace Alliance.Data.Model;

/// <summary>
/// An instrument a study's team wrote or uploaded for this study only (one row per id + version): the definition in
/// the <c>instruments/</c> format, valid when stored. Licensed item wording entered here stays in the study, never in
/// the shared catalogue. Editable until an issued link uses the version (<see cref="Instruments.StudyInstrumentStore"/>).
/// </summary>
public sealed class StudyInstrument
{
    public long StudyId { get; set; }

    /// <summary>Instrument id, e.g. <c>haq-client</c>; never one of the shipped ids.</summary>
    public required string InstrumentId { get; set; }

    public required string Version { get; set; }

    /// <summary>Content hash of <see cref="Definition"/> (format owned by Alliance.Instruments).</summary>
    public required string ContentHash { get; set; }

    /// <summary>The definition as JSON (jsonb).</summary>
    public required string Definition { get; set; }

    /// <summary>Who holds the rights to the wording and on what terms the study uses it; null for the team's own wording.</summary>
    public string? LicenceNote { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
