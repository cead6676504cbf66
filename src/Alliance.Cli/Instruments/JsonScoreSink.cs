using System.Text.Json;
using Alliance.Instruments.Scoring;

namespace Alliance.Cli.Instruments;

/// <summary>
/// Scored rows as one JSON document:
/// <c>{"instrument": {"id", "version", "content_hash"}, "rows": [{"line", &lt;pass-through columns&gt;, "scores": {…}, "status": {…}, "alerts": {…}}], "n_rows"}</c>;
/// not-scorable scores and their alerts are null.
/// </summary>
internal sealed class JsonScoreSink : IScoredRowSink, IDisposable
{
    private readonly Utf8JsonWriter _json;
    private readonly InstrumentScorer _scorer;
    private string[] _columns = [];

    public JsonScoreSink(Stream stream, InstrumentScorer scorer)
    {
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = CliJson.Options.Encoder });
        _scorer = scorer;
    }

    public void Begin(IReadOnlyList<string> passThroughColumns)
    {
        _columns = [.. passThroughColumns];
        var instrument = _scorer.Instrument;
        _json.WriteStartObject();
        _json.WriteStartObject("instrument");
        _json.WriteString("id", instrument.Id);
        _json.WriteString("version", instrument.Version);
        _json.WriteString("content_hash", instrument.ContentHash);
        _json.WriteEndObject();
        _json.WriteStartArray("rows");
    }

    public void Row(int line, ReadOnlySpan<string?> passThrough, ReadOnlySpan<double> scores, ReadOnlySpan<int> answered)
    {
        _json.WriteStartObject();
        _json.WriteNumber("line", line);
        for (var c = 0; c < _columns.Length; c++)
        {
            _json.WriteString(_columns[c], passThrough[c]);
        }
        _json.WriteStartObject("scores");
        for (var i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                _json.WriteNull(_scorer.Scores[i].Id);
            }
            else
            {
                _json.WriteNumber(_scorer.Scores[i].Id, scores[i]);
            }
        }
        _json.WriteEndObject();
        _json.WriteStartObject("status");
        for (var i = 0; i < scores.Length; i++)
        {
            _json.WriteString(_scorer.Scores[i].Id, _scorer.Status(i, answered[i]));
        }
        _json.WriteEndObject();
        _json.WriteStartObject("alerts");
        for (var a = 0; a < _scorer.Cutoffs.Count; a++)
        {
            _json.WritePropertyName(_scorer.Cutoffs[a].Id);
            if (double.IsNaN(scores[_scorer.CutoffScoreIndex(a)]))
            {
                _json.WriteNullValue();
            }
            else
            {
                _json.WriteBooleanValue(_scorer.IsAlert(a, scores));
            }
        }
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    public void End(int rowCount)
    {
        _json.WriteEndArray();
        _json.WriteNumber("n_rows", rowCount);
        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();
}
