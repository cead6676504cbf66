namespace Alliance.Analysis;

/// <summary>
/// The data or the request cannot be analysed as given: a column that is missing or not numeric, too few complete
/// rows, a model the data cannot identify, a formula or a file that does not parse. The message says what is wrong
/// in the user's terms; <see cref="Variable"/> names the column or model term at fault where one is known.
/// Every input problem an analysis reports is this type or one of its kinds
/// (<see cref="Descriptives.InsufficientDataException"/>, <see cref="Mixed.FormulaException"/>,
/// <see cref="Tabular.CsvTableException"/>), so a caller catches one type; mistakes in the calling code
/// (a null argument, columns of different lengths) stay <see cref="ArgumentException"/>.
/// </summary>
public class AnalysisInputException : Exception
{
    public AnalysisInputException() { }

    public AnalysisInputException(string message) : base(message) { }

    public AnalysisInputException(string message, Exception inner) : base(message, inner) { }

    /// <summary>An input problem tied to one column or model term.</summary>
    public AnalysisInputException(string message, string? variable) : base(message) => Variable = variable;

    /// <summary>The column or model term at fault; null when the problem is not tied to one.</summary>
    public string? Variable { get; }
}
