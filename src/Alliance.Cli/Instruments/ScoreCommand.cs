using System.CommandLine;
using System.Globalization;
using System.Text;
using Alliance.Analysis.Tabular;
using Alliance.Instruments.Loading;
using Alliance.Instruments.Scoring;
using Alliance.Instruments;

namespace Alliance.Cli.Instruments;

/// <summary>
/// <c>alliance score --instrument ID|PATH --input FILE.csv [--output FILE.csv] [--cutoff ID=VALUE]… [--json]</c>:
/// one input row per response with a column per item id; other columns pass through to the output,
/// followed by one column per score, one status column per score and one alert column per cutoff.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var instrument = new Option<string>("--instrument") { Description = "A shipped instrument id (see 'instruments list') or a definition file", Required = true };
        var input = new Option<string>("--input") { Description = "CSV with one row per response and a column per item id", Required = true };
        var output = new Option<string?>("--output") { Description = "Write the scored CSV here (default: standard output)" };
        var cutoffs = new Option<string[]>("--cutoff") { Description = "Override a cutoff threshold, e.g. --cutoff low-session=30 (repeatable)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document with every row's scores (the CSV still goes to --output if given)" };
        var command = new Command("score", "Score item-level rows into subscale and total scores, with status and alert columns")
        {
            instrument, input, output, cutoffs, json,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var scorer = CreateScorer(Resolve(parseResult.GetValue(instrument)!), parseResult.GetValue(cutoffs) ?? []);
            var outputPath = parseResult.GetValue(output);
            var stdout = parseResult.InvocationConfiguration.Output;
            using var reader = CsvRowReader.OpenFile(parseResult.GetValue(input)!);
            if (!parseResult.GetValue(json))
            {
                if (outputPath is null)
                {
                    using var sink = new CsvScoreSink(stdout, scorer);
                    ResponseScoring.Run(reader, scorer, sink);
                }
                else
                {
                    WriteAtomically(outputPath, writer =>
                    {
                        using var sink = new CsvScoreSink(writer, scorer);
                        ResponseScoring.Run(reader, scorer, sink);
                    });
                }
                return CliHost.Success;
            }
            // JSON is buffered so a bad row later in the file never leaves half a document on stdout.
            using var buffer = new MemoryStream();
            using (var jsonSink = new JsonScoreSink(buffer, scorer))
            {
                if (outputPath is null)
                {
                    ResponseScoring.Run(reader, scorer, jsonSink);
                }
                else
                {
                    WriteAtomically(outputPath, writer =>
                    {
                        using var csvSink = new CsvScoreSink(writer, scorer);
                        ResponseScoring.Run(reader, scorer, new BothSinks(csvSink, jsonSink));
                    });
                }
            }
            await stdout.WriteLineAsync(Encoding.UTF8.GetString(buffer.ToArray()).AsMemory(), ct);
            return CliHost.Success;
        });
        return command;
    }

    /// <summary>A path to a definition file (anything ending in .json or an existing file) or a shipped id.</summary>
    internal static Instrument Resolve(string idOrPath)
    {
        if (idOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || File.Exists(idOrPath))
        {
            var result = InstrumentLoader.LoadFile(idOrPath);
            return result.Succeeded ? result.Instrument!
                : throw new InputException($"--instrument: {idOrPath} is not a valid definition:{Environment.NewLine}{string.Join(Environment.NewLine, result.Problems)}");
        }
        return InstrumentCatalog.Shipped.Find(idOrPath)
            ?? throw new InputException($"--instrument: no shipped instrument '{idOrPath}'; known: {string.Join(", ", InstrumentCatalog.Shipped.Instruments.Select(i => i.Id))}");
    }

    private static InstrumentScorer CreateScorer(Instrument instrument, string[] overrides)
    {
        var thresholds = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var text in overrides)
        {
            var parts = text.Split('=', 2);
            if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new InputException($"--cutoff: '{text}' should be ID=NUMBER, e.g. low-session=30");
            }
            if (instrument.Cutoffs.All(c => c.Id != parts[0]))
            {
                throw new InputException($"--cutoff: {instrument.Id} has no cutoff '{parts[0]}'; it has: {(instrument.Cutoffs.Count == 0 ? "none" : string.Join(", ", instrument.Cutoffs.Select(c => c.Id)))}");
            }
            thresholds[parts[0]] = value;
        }
        return new InstrumentScorer(instrument, thresholds);
    }

    // Scored output appears whole or not at all: a bad row later in the file must not leave half a CSV.
    private static void WriteAtomically(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
            {
                write(writer);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private sealed class BothSinks(IScoredRowSink first, IScoredRowSink second) : IScoredRowSink
    {
        public void Begin(IReadOnlyList<string> passThroughColumns)
        {
            first.Begin(passThroughColumns);
            second.Begin(passThroughColumns);
        }

        public void Row(int line, ReadOnlySpan<string?> passThrough, ReadOnlySpan<double> scores, ReadOnlySpan<int> answered)
        {
            first.Row(line, passThrough, scores, answered);
            second.Row(line, passThrough, scores, answered);
        }

        public void End(int rowCount)
        {
            first.End(rowCount);
            second.End(rowCount);
        }
    }
}
