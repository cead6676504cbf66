using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Alliance.Testing.Report;

namespace Alliance.Cli.Tests.Report;

/// <summary>
/// The report of a multi-form study (issue 14): clients answer <c>wa-client</c> and the four-line <c>session-vas</c>,
/// therapists <c>wa-therapist</c>. The report used to score every form as an item mean (so the session check's cutoff,
/// on its 0–40 sum, could not apply) and to compare the first client form with the first therapist form.
/// </summary>
public sealed partial class MultiFormReportTests : IDisposable
{
    private const int Dyads = 4;
    private const int Sessions = 4;
    private readonly string _root = Directory.CreateTempSubdirectory("alliance-report-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task SumScoresAndTheirCutoffAreOnTheInstrumentsScaleAndAgreementIsOneBlockPerDeclaredPair()
    {
        var input = Path.Combine(_root, "long.csv");
        await File.WriteAllTextAsync(input, WithSessionChecks(LongCsvFixture.Create(dyads: Dyads, sessions: Sessions)));
        var output = Path.Combine(_root, "out");

        var run = await CliRun.RunAsync("report", "--input", input, "--output", output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        // Session 1: every dyad's four lines at 5 + (3d + 1) mod 5, so the sums are 36, 28, 20, 32 (mean 29).
        Assert.Contains("<td class=\"text\">client</td><td class=\"text\">session-vas</td><td>1</td><td>4</td><td>0</td><td>29.00</td>", html, StringComparison.Ordinal);
        var below = Enumerable.Range(1, Dyads).SelectMany(d => Enumerable.Range(1, Sessions).Select(s => Level(d, s))).Count(v => 4 * v < 36);
        Assert.Contains($"<code>session-vas</code>: total = sum of the 4 items, with 3 of 4 answered, prorated (mean of the answered &#215; 4), range 0–40; alert when total &lt; 36: {below} of {Dyads * Sessions} scored forms", html, StringComparison.Ordinal);

        var agreement = html[html.IndexOf("<h2>Client–therapist agreement</h2>", StringComparison.Ordinal)..html.IndexOf("<h2>Trajectories</h2>", StringComparison.Ordinal)];
        Assert.Equal(["working-alliance: <code>wa-client</code> and <code>wa-therapist</code>"], H3().Matches(agreement).Select(m => m.Groups[1].Value));
        Assert.DoesNotContain("session-vas", agreement, StringComparison.Ordinal);
        Assert.Equal(["agreement-scatter.svg", "bland-altman.svg"],
            Directory.GetFiles(output, "*.svg").Select(Path.GetFileName).Where(f => f!.Contains("agreement", StringComparison.Ordinal) || f.Contains("bland", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        // The panels follow the session check, which has no parallel therapist form: no therapist line on its axis.
        Assert.Contains("Each dyad&#39;s client (session-vas) totals over sessions", html, StringComparison.Ordinal);
    }

    private static int Level(int dyad, int session) => 5 + (((3 * dyad) + session) % 5);

    private static string WithSessionChecks(string csv)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder(csv);
        var response = 10_000;
        for (var d = 1; d <= Dyads; d++)
        {
            for (var s = 1; s <= Sessions; s++)
            {
                response++;
                for (var i = 1; i <= 4; i++)
                {
                    b.Append(c, $"7,D{d:00},T{(d + 1) / 2},C{d:00},A,{s},2026-01-{10 + s:00},client,session-vas,1.1.0,{response},2026-01-01T10:00:00.000Z,sv{i},{Level(d, s)}\n");
                }
            }
        }
        return b.ToString();
    }

    [GeneratedRegex("<h3>(.*?)</h3>")]
    private static partial Regex H3();
}
