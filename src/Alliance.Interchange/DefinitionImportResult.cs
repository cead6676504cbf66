namespace Alliance.Interchange;

/// <summary>
/// The outcome of an import: the definition JSON (in the format of <c>instruments/</c>, validated by the instrument
/// loader), or every problem found and no definition at all.
/// </summary>
public sealed class DefinitionImportResult
{
    internal DefinitionImportResult(string? definition, IReadOnlyList<ImportProblem> problems, IReadOnlyList<ImportProblem> notes)
    {
        Definition = problems.Count == 0 ? definition : null;
        Problems = problems;
        Notes = notes;
    }

    /// <summary>The definition JSON text; null when there were problems.</summary>
    public string? Definition { get; }

    /// <summary>Every error, each with its place in the source; empty on success.</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>
    /// What was left out or filled in by default without being an error (a calculated field, branching logic, the
    /// default total score), each with its place in the source.
    /// </summary>
    public IReadOnlyList<ImportProblem> Notes { get; }

    /// <summary>True when <see cref="Definition"/> holds a valid definition.</summary>
    public bool Succeeded => Definition is not null;
}
