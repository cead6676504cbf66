using Alliance.Data.Model;

namespace Alliance.Data.Surveys;

/// <summary>
/// A participant link that a reissued one replaced (<see cref="ReplacedLink"/>), as its holder is told about it: in
/// the language of its invitation, with whom to ask for the new one.
/// </summary>
/// <param name="StudyId">The invitation's study.</param>
/// <param name="Language">The invitation's language.</param>
/// <param name="Contact">The study's contact; null when it names none.</param>
public sealed record FormerLink(long StudyId, string Language, StudyContact? Contact);
