namespace Alliance.Instruments.Loading;

/// <summary>
/// One thing wrong with an instrument definition, located by file and JSON path
/// (<c>wa-client.json: $.items[3].scale: unknown scale 'freq7'</c>).
/// </summary>
/// <param name="Source">File name (or other label) of the definition.</param>
/// <param name="Path">JSON path of the offending value, <c>$</c> for the whole document; for malformed JSON, the line and position.</param>
/// <param name="Message">What is wrong, in plain English words.</param>
public sealed record InstrumentProblem(string Source, string Path, string Message)
{
    /// <summary>
    /// The kind of problem (a key of the loader's wording, e.g. <c>scale.duplicateId</c>), so it can be worded in
    /// another language; null for a problem told only in English (made outside the loader).
    /// </summary>
    public string? Code { get; init; }

    /// <summary>What the message names (ids, values as written, worded terms), in the order its wording uses them.</summary>
    public IReadOnlyList<object?> Arguments { get; init; } = [];

    /// <summary>
    /// The message in <paramref name="language"/> (<c>de</c>, …): the loader's wording in that language where it has
    /// one, else <see cref="Message"/>.
    /// </summary>
    public string MessageIn(string language) => Code is null ? Message : ProblemText.Render(Code, Arguments, language);

    /// <summary>
    /// A problem worded by the loader's wording file (<c>ProblemText.resx</c> and its languages) under
    /// <paramref name="code"/>, for rules checked outside the loader (a study's own instruments), so they are told in
    /// the page's language too; <see cref="Message"/> is its English.
    /// </summary>
    public static InstrumentProblem Worded(string source, string path, string code, params object?[] arguments) =>
        ProblemText.Create(source, path, code, arguments);

    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Path}: {Message}";
}
