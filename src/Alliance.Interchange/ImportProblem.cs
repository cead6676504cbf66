namespace Alliance.Interchange;

/// <summary>
/// One thing an import could not take over, located in the source: a REDCap row and column
/// (<c>row 7, column 'Field Type' (field 'q5')</c>) or a FHIR path (<c>Questionnaire.item[3] (linkId 'q4')</c>).
/// </summary>
/// <param name="Location">Where in the imported file.</param>
/// <param name="Message">What is wrong or was left out, in plain words.</param>
public sealed record ImportProblem(string Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
