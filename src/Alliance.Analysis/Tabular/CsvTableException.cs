namespace Alliance.Analysis.Tabular;

/// <summary>Bad tabular input, located by source name, 1-based line and 1-based column (field) number.</summary>
public sealed class CsvTableException : AnalysisInputException
{
    public CsvTableException(string source, int line, int column, string problem)
        : base(Describe(source, line, column, problem))
    {
        Source = source;
        Line = line;
        Column = column;
        Problem = problem;
    }

    public CsvTableException() { }

    public CsvTableException(string message) : base(message) { }

    public CsvTableException(string message, Exception inner) : base(message, inner) { }

    /// <summary>File name or other label of the input.</summary>
    public new string? Source { get; }

    /// <summary>1-based line in the file; 0 when the problem is not tied to a line.</summary>
    public int Line { get; }

    /// <summary>1-based field number; 0 when the problem concerns a whole line or the file.</summary>
    public int Column { get; }

    /// <summary>The problem without its location.</summary>
    public string? Problem { get; }

    private static string Describe(string source, int line, int column, string problem) =>
        (line, column) switch
        {
            (0, _) => $"{source}: {problem}",
            (_, 0) => $"{source}:{line}: {problem}",
            _ => $"{source}:{line}:{column}: {problem}",
        };
}
