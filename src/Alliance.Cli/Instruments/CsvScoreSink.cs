using System.Globalization;
using Alliance.Instruments.Scoring;
using CsvHelper;

namespace Alliance.Cli.Instruments;

/// <summary>
/// Scored rows as CSV (CsvHelper, invariant culture): pass-through columns, one column per score,
/// one <c>&lt;score&gt;_status</c> column per score, one <c>alert_&lt;cutoff&gt;</c> column per cutoff
/// (1 or 0; empty when its score is not scorable). Not-scorable scores are empty cells.
/// </summary>
internal sealed class CsvScoreSink : IScoredRowSink, IDisposable
{
    private readonly CsvWriter _csv;
    private readonly InstrumentScorer _scorer;
    private readonly ScoreFormat _format = new();

    public CsvScoreSink(TextWriter writer, InstrumentScorer scorer)
    {
        _csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        _scorer = scorer;
    }

    public void Begin(IReadOnlyList<string> passThroughColumns)
    {
        foreach (var name in passThroughColumns.Concat(ResponseScoring.OutputColumns(_scorer)))
        {
            _csv.WriteField(name);
        }
        _csv.NextRecord();
    }

    public void Row(int line, ReadOnlySpan<string?> passThrough, ReadOnlySpan<double> scores, ReadOnlySpan<int> answered)
    {
        foreach (var cell in passThrough)
        {
            _csv.WriteField(cell ?? "");
        }
        foreach (var value in scores)
        {
            _csv.WriteField(_format.Format(value));
        }
        for (var i = 0; i < scores.Length; i++)
        {
            _csv.WriteField(_scorer.Status(i, answered[i]));
        }
        for (var a = 0; a < _scorer.Cutoffs.Count; a++)
        {
            _csv.WriteField(double.IsNaN(scores[_scorer.CutoffScoreIndex(a)]) ? "" : _scorer.IsAlert(a, scores) ? "1" : "0");
        }
        _csv.NextRecord();
    }

    public void End(int rowCount) => _csv.Flush();

    public void Dispose() => _csv.Dispose();
}
