using System.Globalization;
using System.Text.Json;
using CsvHelper;

namespace Alliance.Cli.Instruments;

/// <summary>
/// Writes a <see cref="ScoredTable"/> as CSV (CsvHelper, invariant culture) or JSON. Numbers: whole
/// numbers as integers, others in round-trip form; not-scorable scores and their alerts are empty
/// cells (JSON null); alerts are 1 or 0.
/// </summary>
internal static class ScoredTableWriter
{
    public static void WriteCsv(ScoredTable table, TextWriter writer)
    {
        var input = table.Input;
        var scorer = table.Scorer;
        var s = scorer.Scores.Count;
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var c in table.PassThrough)
        {
            csv.WriteField(input.Columns[c]);
        }
        foreach (var name in ScoredTable.OutputColumns(scorer))
        {
            csv.WriteField(name);
        }
        csv.NextRecord();
        for (var r = 0; r < table.RowCount; r++)
        {
            foreach (var c in table.PassThrough)
            {
                csv.WriteField(input.Cell(r, c) ?? "");
            }
            var scores = table.Scores.AsSpan(r * s, s);
            foreach (var value in scores)
            {
                csv.WriteField(Format(value));
            }
            for (var i = 0; i < s; i++)
            {
                csv.WriteField(scorer.Status(i, table.Answered[r * s + i]));
            }
            for (var a = 0; a < scorer.Cutoffs.Count; a++)
            {
                csv.WriteField(double.IsNaN(scores[scorer.CutoffScoreIndex(a)]) ? "" : scorer.IsAlert(a, scores) ? "1" : "0");
            }
            csv.NextRecord();
        }
    }

    public static void WriteJson(ScoredTable table, Stream stream)
    {
        var input = table.Input;
        var scorer = table.Scorer;
        var instrument = scorer.Instrument;
        var s = scorer.Scores.Count;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = CliJson.Options.Encoder });
        json.WriteStartObject();
        json.WriteStartObject("instrument");
        json.WriteString("id", instrument.Id);
        json.WriteString("version", instrument.Version);
        json.WriteString("content_hash", instrument.ContentHash);
        json.WriteEndObject();
        json.WriteNumber("n_rows", table.RowCount);
        json.WriteStartArray("rows");
        for (var r = 0; r < table.RowCount; r++)
        {
            var scores = table.Scores.AsSpan(r * s, s);
            json.WriteStartObject();
            json.WriteNumber("line", input.LineOf(r));
            foreach (var c in table.PassThrough)
            {
                json.WriteString(input.Columns[c], input.Cell(r, c));
            }
            json.WriteStartObject("scores");
            for (var i = 0; i < s; i++)
            {
                WriteNumberOrNull(json, scorer.Scores[i].Id, scores[i]);
            }
            json.WriteEndObject();
            json.WriteStartObject("status");
            for (var i = 0; i < s; i++)
            {
                json.WriteString(scorer.Scores[i].Id, scorer.Status(i, table.Answered[r * s + i]));
            }
            json.WriteEndObject();
            json.WriteStartObject("alerts");
            for (var a = 0; a < scorer.Cutoffs.Count; a++)
            {
                json.WritePropertyName(scorer.Cutoffs[a].Id);
                if (double.IsNaN(scores[scorer.CutoffScoreIndex(a)]))
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteBooleanValue(scorer.IsAlert(a, scores));
                }
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Whole numbers as integers ("4", not "4.0"), others in shortest round-trip form.</summary>
    public static string Format(double value) =>
        double.IsNaN(value) ? ""
        : value == Math.Floor(value) && Math.Abs(value) < 1e15 ? ((long)value).ToString(CultureInfo.InvariantCulture)
        : value.ToString("R", CultureInfo.InvariantCulture);

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsNaN(value))
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value);
        }
    }
}
