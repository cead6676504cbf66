// Times `alliance score` end to end in-process (read CSV → score → write CSV) on a generated
// 100,000-row file for the working-alliance client form, against the bare CSV read of the same file.
//   dotnet run -c Release --project bench/ScoreBench [-- ROWS]
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Alliance.Analysis.Tabular;
using Alliance.Cli;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;

var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
const int Repeats = 5;
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1; // one core, as the target says
}

var instrument = InstrumentCatalog.Shipped.Get("wa-client");
var k = instrument.Items.Count;
var dir = Directory.CreateTempSubdirectory("alliance-scorebench-").FullName;
try
{
    var input = Path.Combine(dir, "wa-client.csv");
    var output = Path.Combine(dir, "scored.csv");
    var missing = Generate(input, instrument, rows);
    Console.WriteLine($"input: {rows:N0} rows × {k} items of wa-client ({missing:N0} answers missing, {new FileInfo(input).Length / 1e6:F1} MB), best of {Repeats} runs, 1 core");

    var root = new RootCommand("alliance");
    foreach (var command in CommandCatalog.All())
    {
        root.Subcommands.Add(command);
    }
    string[] scoreArgs = ["score", "--instrument", "wa-client", "--input", input, "--output", output];

    var read = Best(() => ReadEveryCell(input));
    var table = Best(() => _ = CsvTable.ReadFile(input).RowCount);
    var score = Best(() =>
    {
        var exit = CliHost.RunAsync(root, scoreArgs, TextWriter.Null, Console.Error).GetAwaiter().GetResult();
        if (exit != 0)
        {
            throw new InvalidOperationException($"score exited {exit}");
        }
    });
    var engine = EngineOnly(instrument, rows);
    var written = File.ReadLines(output).Count() - 1;
    if (written != rows)
    {
        throw new InvalidOperationException($"score wrote {written} rows, expected {rows}");
    }
    Console.WriteLine($"output: {written:N0} scored rows, {new FileInfo(output).Length / 1e6:F1} MB; first row: {File.ReadLines(output).Skip(1).First()}");

    Report("bare CSV read, streaming (baseline)", read, rows, k);
    Report("bare CSV read into CsvTable", table, rows, k);
    Report("score end to end (read, score, write)", score, rows, k);
    Report("scoring engine alone (span API)", engine, rows, k);
    Console.WriteLine($"ratio end-to-end score / bare streaming read: {score.TotalSeconds / read.TotalSeconds:F2}×");
}
finally
{
    Directory.Delete(dir, recursive: true);
}

static TimeSpan Best(Action action)
{
    action(); // warm-up: JIT and file cache
    var best = TimeSpan.MaxValue;
    for (var i = 0; i < Repeats; i++)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        best = watch.Elapsed < best ? watch.Elapsed : best;
    }
    return best;
}

// The baseline: the same streaming reader `score` uses, touching every cell, scoring nothing.
static void ReadEveryCell(string path)
{
    using var reader = Alliance.Analysis.Tabular.CsvRowReader.OpenFile(path);
    var cells = 0L;
    while (reader.Read())
    {
        for (var c = 0; c < reader.Columns.Count; c++)
        {
            cells += reader.Cell(c) is null ? 0 : 1;
        }
    }
    GC.KeepAlive(cells);
}

static TimeSpan EngineOnly(Instrument instrument, int rows)
{
    var scorer = new InstrumentScorer(instrument);
    var random = new Random(7);
    var answers = new double[rows * instrument.Items.Count];
    for (var i = 0; i < answers.Length; i++)
    {
        answers[i] = random.NextDouble() < 0.03 ? double.NaN : random.Next(1, 6);
    }
    var s = scorer.Scores.Count;
    var scores = new double[s];
    var answered = new int[s];
    var k = instrument.Items.Count;
    return Best(() =>
    {
        for (var r = 0; r < rows; r++)
        {
            scorer.Score(answers.AsSpan(r * k, k), scores, answered);
        }
    });
}

static void Report(string what, TimeSpan time, int rows, int k) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{what,-40} {time.TotalMilliseconds,9:F1} ms  {rows / time.TotalSeconds,14:N0} rows/s  {rows * (double)k / time.TotalSeconds,16:N0} item answers/s"));

static long Generate(string path, Instrument instrument, int rows)
{
    var random = new Random(42);
    var missing = 0L;
    using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
    writer.Write("participant,session");
    foreach (var item in instrument.Items)
    {
        writer.Write(',');
        writer.Write(item.Id);
    }
    writer.Write('\n');
    for (var r = 0; r < rows; r++)
    {
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"p{r / 20 + 1},{r % 20 + 1}"));
        // a per-person level plus noise, clipped to 1–5; about 3 % of answers missing
        var level = random.Next(2, 5);
        foreach (var _ in instrument.Items)
        {
            writer.Write(',');
            if (random.NextDouble() < 0.03)
            {
                missing++;
                continue;
            }
            writer.Write(Math.Clamp(level + random.Next(-1, 2), 1, 5).ToString(CultureInfo.InvariantCulture));
        }
        writer.Write('\n');
    }
    return missing;
}
