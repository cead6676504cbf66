namespace Alliance.Instruments.Scoring;

/// <summary>A response with unacceptable answers; <see cref="Problems"/> lists every one of them.</summary>
public sealed class AnswerException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public AnswerException(IReadOnlyList<AnswerProblem> problems)
        : base(string.Join("; ", (problems ?? []).Select(p => p.Message)))
    {
        Problems = problems ?? [];
    }

    public AnswerException() : this([]) { }

    public AnswerException(string message) : base(message) { Problems = []; }

    public AnswerException(string message, Exception inner) : base(message, inner) { Problems = []; }

    /// <summary>Every rejected answer.</summary>
    public IReadOnlyList<AnswerProblem> Problems { get; }
}
