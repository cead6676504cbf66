namespace Alliance.Analysis.Descriptives;

/// <summary>
/// The data cannot support the requested statistic at all (fewer than two respondents, fewer than two
/// usable items, raters with no complete target …). The message says what is missing, in the user's terms.
/// Problems that only affect part of a result (a constant item that is left out) are reported as
/// diagnostics on the result instead.
/// </summary>
public sealed class InsufficientDataException : AnalysisInputException
{
    public InsufficientDataException() { }

    public InsufficientDataException(string message) : base(message) { }

    public InsufficientDataException(string message, Exception inner) : base(message, inner) { }
}
