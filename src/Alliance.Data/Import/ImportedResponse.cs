using Alliance.Instruments;

namespace Alliance.Data.Import;

/// <summary>One response gathered from the file (one wide row, or the rows of one form in long layout).</summary>
internal sealed class ImportedResponse
{
    public required int Line { get; init; }
    public required string Therapist { get; init; }
    public required string Client { get; init; }
    public required string Dyad { get; init; }
    public string? Arm { get; init; }
    public required int Session { get; init; }
    public DateOnly? SessionDate { get; init; }
    public required RaterRole Role { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public Dictionary<string, decimal?> Answers { get; } = new(StringComparer.Ordinal);
}
