namespace Alliance.Instruments;

/// <summary>The descriptive part of an instrument definition: who it is for, where it comes from, its exact version.</summary>
public sealed record InstrumentHeader
{
    /// <summary>Stable id, e.g. <c>wa-client</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Semantic version string.</summary>
    public required string Version { get; init; }

    /// <summary>Languages every text is given in, first = default.</summary>
    public required IReadOnlyList<string> Languages { get; init; }

    /// <summary>Display title.</summary>
    public required LocalizedText Title { get; init; }

    /// <summary>
    /// The title participants see above the questions (definition field <c>participant_title</c>), written for them
    /// rather than for researchers; null when the definition gives none, and then <see cref="Title"/> is shown.
    /// </summary>
    public LocalizedText? ParticipantTitle { get; init; }

    /// <summary>
    /// One line shown to participants above the items, such as "Think about today's session." (definition field
    /// <c>instruction</c>); null when the definition gives none.
    /// </summary>
    public LocalizedText? Instruction { get; init; }

    /// <summary>The title a participant sees: <see cref="ParticipantTitle"/>, else <see cref="Title"/>.</summary>
    public LocalizedText TitleForParticipants => ParticipantTitle ?? Title;

    /// <summary>What the instrument measures and how to use it.</summary>
    public required LocalizedText Description { get; init; }

    /// <summary>Who fills it in.</summary>
    public required IReadOnlyList<RaterRole> Raters { get; init; }

    /// <summary>
    /// The construct the instrument measures, e.g. <c>working-alliance</c> (definition field <c>construct</c>);
    /// null when the definition names none. Forms of different raters on one construct are compared as a dyad.
    /// </summary>
    public string? Construct { get; init; }

    /// <summary>
    /// Id of the parallel form for the other rater, e.g. <c>wa-therapist</c> for <c>wa-client</c> (definition field
    /// <c>parallel_form</c>); null when the instrument has none. Declared, never guessed: see <see cref="ParallelForms"/>.
    /// </summary>
    public string? ParallelForm { get; init; }

    /// <summary>How to cite the instrument (or the scoring key's source).</summary>
    public required string Citation { get; init; }

    /// <summary>Licence of the definition (and, for the project's own forms, of the wording).</summary>
    public required string Licence { get; init; }

    /// <summary>False for exploratory forms without psychometric validation.</summary>
    public required bool Validated { get; init; }

    /// <summary>Relative path of the licensee-supplied item text file, when the wording is licensed.</summary>
    public string? ItemTextFile { get; init; }

    /// <summary><c>sha256:</c> + hex of the canonical definition.</summary>
    public required string ContentHash { get; init; }
}
