namespace Alliance.Cli.Instruments;

/// <summary>Where scored rows go: the CSV writer or the JSON writer of <c>alliance score</c>.</summary>
internal interface IScoredRowSink
{
    void Begin(IReadOnlyList<string> passThroughColumns);

    /// <summary>One scored row; <paramref name="scores"/> is NaN where not scorable.</summary>
    void Row(int line, ReadOnlySpan<string?> passThrough, ReadOnlySpan<double> scores, ReadOnlySpan<int> answered);

    void End(int rowCount);
}
