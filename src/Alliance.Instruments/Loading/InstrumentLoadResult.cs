namespace Alliance.Instruments.Loading;

/// <summary>The outcome of loading one definition: the instrument, or every problem found.</summary>
public sealed class InstrumentLoadResult
{
    internal InstrumentLoadResult(string source, Instrument? instrument, IReadOnlyList<InstrumentProblem> problems)
    {
        Source = source;
        Instrument = instrument;
        Problems = problems;
    }

    /// <summary>File name (or label) the definition came from.</summary>
    public string Source { get; }

    /// <summary>The instrument; null when there were problems.</summary>
    public Instrument? Instrument { get; }

    /// <summary>Every problem found, in document order; empty on success.</summary>
    public IReadOnlyList<InstrumentProblem> Problems { get; }

    /// <summary>True when the definition is valid.</summary>
    public bool Succeeded => Instrument is not null && Problems.Count == 0;

    /// <summary>The instrument, or an <see cref="InstrumentDefinitionException"/> listing every problem.</summary>
    public Instrument GetOrThrow() =>
        Succeeded ? Instrument! : throw new InstrumentDefinitionException(Source, Problems);
}
