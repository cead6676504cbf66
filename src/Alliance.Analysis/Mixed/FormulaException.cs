namespace Alliance.Analysis.Mixed;

/// <summary>A model formula that cannot be parsed or does not fit the data; <see cref="Position"/> is the 1-based character at fault (0 when not tied to one).</summary>
public sealed class FormulaException : AnalysisInputException
{
    public FormulaException(string formula, int position, string problem)
        : base(position > 0 ? $"formula '{formula}', character {position}: {problem}" : $"formula '{formula}': {problem}")
    {
        Formula = formula;
        Position = position;
        Problem = problem;
    }

    public FormulaException() { }

    public FormulaException(string message) : base(message) { }

    public FormulaException(string message, Exception inner) : base(message, inner) { }

    /// <summary>The formula as given.</summary>
    public string? Formula { get; }

    /// <summary>1-based character position of the problem; 0 when the problem concerns the whole formula.</summary>
    public int Position { get; }

    /// <summary>The problem without its location.</summary>
    public string? Problem { get; }
}
