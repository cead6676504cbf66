namespace Alliance.Instruments.Loading;

/// <summary>
/// One thing wrong with an instrument definition, located by file and JSON path
/// (<c>wa-client.json: $.items[3].scale: unknown scale 'freq7'</c>).
/// </summary>
/// <param name="Source">File name (or other label) of the definition.</param>
/// <param name="Path">JSON path of the offending value, <c>$</c> for the whole document; for malformed JSON, the line and position.</param>
/// <param name="Message">What is wrong, in plain words.</param>
public sealed record InstrumentProblem(string Source, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Path}: {Message}";
}
