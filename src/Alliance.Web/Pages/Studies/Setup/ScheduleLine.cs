namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// One scheduled form as the set-up page lists it, with the frozen version's content hash and its own link window
/// (null parts follow the study's default).
/// </summary>
public sealed record ScheduleLine(Guid ScheduledFormId, string Role, string InstrumentId, string Version, string Title,
    string ContentHash, IReadOnlyList<int> SessionNumbers, int? OpeningOffsetDays, int? WindowDays);
