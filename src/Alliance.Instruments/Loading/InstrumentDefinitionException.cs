namespace Alliance.Instruments.Loading;

/// <summary>An instrument definition is invalid; <see cref="Problems"/> lists everything wrong with it.</summary>
public sealed class InstrumentDefinitionException : Exception
{
    /// <summary>Creates the exception; the message lists every problem on its own line.</summary>
    public InstrumentDefinitionException(string source, IReadOnlyList<InstrumentProblem> problems)
        : base($"{source}: invalid instrument definition ({problems?.Count ?? 0} problem(s)):{Environment.NewLine}"
               + string.Join(Environment.NewLine, problems ?? []))
    {
        Problems = problems ?? [];
    }

    public InstrumentDefinitionException() : this("instrument", []) { }

    public InstrumentDefinitionException(string message) : base(message) { Problems = []; }

    public InstrumentDefinitionException(string message, Exception inner) : base(message, inner) { Problems = []; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<InstrumentProblem> Problems { get; }
}
