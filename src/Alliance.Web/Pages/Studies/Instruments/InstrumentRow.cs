using Alliance.Data.Instruments;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>One of the study's own instrument versions on the list page.</summary>
public sealed record InstrumentRow(string Id, string Version, string Title, IReadOnlyList<string> Languages, StudyInstrumentUse Use,
    string ContentHash, bool Licensed, DateTimeOffset UpdatedAt);
