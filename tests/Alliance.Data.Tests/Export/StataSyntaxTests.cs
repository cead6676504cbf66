using System.Text;
using System.Text.RegularExpressions;
using Alliance.Data.Export;

namespace Alliance.Data.Tests.Export;

/// <summary>
/// The Stata do-file, checked by structure (there is no Stata here): every column of the CSV is imported, renamed to a
/// valid name and labelled, every value label it attaches is defined first, and every string literal is valid
/// Stata (compound quotes, no macro expansion).
/// </summary>
public sealed partial class StataSyntaxTests
{
    [Theory]
    [InlineData(ExportFormat.Long)]
    [InlineData(ExportFormat.Wide)]
    [InlineData(ExportFormat.Dyadic)]
    public async Task EveryColumnIsImportedRenamedAndLabelledAndEveryValueLabelUsedIsDefined(ExportFormat format)
    {
        using var bundle = await DemoBundle.UnpackAsync(format);
        var lines = bundle.Read(".do").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = bundle.Read(".csv").Split('\n')[0].Split(',');

        var import = Assert.Single(lines, l => l.StartsWith("import delimited ", StringComparison.Ordinal));
        Assert.Contains($"using `\"{bundle.Stem}.csv\"', encoding(\"utf-8\")", import, StringComparison.Ordinal);
        Assert.Contains("varnames(nonames) rowrange(2)", import, StringComparison.Ordinal);
        var names = AnalysisScripts.StataNames(header);
        Assert.All(names, name => Assert.Matches(StataName(), name));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        for (var i = 0; i < header.Length; i++)
        {
            Assert.Contains($"rename v{i + 1} {names[i]}", lines);
            var label = Assert.Single(lines, l => l.StartsWith($"label variable {names[i]} ", StringComparison.Ordinal));
            // Stata keeps at most 80 characters of a variable label; the codebook has the whole description.
            var description = bundle.Result.Columns[i].Description;
            Assert.Equal(description.Length > 80 ? description[..80] : description, Assert.Single(Literals(label)));
        }
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var used = 0;
        foreach (var line in lines)
        {
            var words = line.Split(' ');
            if (line.StartsWith("label define ", StringComparison.Ordinal))
            {
                Assert.True(defined.Add(words[2]), $"{words[2]} defined twice");
                Assert.NotEmpty(Literals(line));
            }
            else if (line.StartsWith("label values ", StringComparison.Ordinal))
            {
                Assert.Contains(words[3], defined);
                used++;
            }
        }
        Assert.Equal(bundle.Result.Columns.Count(c => c.ValueLabels.Count > 0), used);
        Assert.All(lines.Where(l => l.StartsWith("label ", StringComparison.Ordinal)), l => Literals(l));
    }

    [Fact]
    public void WordingWithQuotesBackticksAndDollarsStaysOneLiteralThatStataDoesNotExpand()
    {
        const string wording = "She said \"not today\"' and `x' costs $5 or ${HOME}";
        var column = new ExportColumn("odd-name", ColumnKind.Number, wording, new Dictionary<decimal, string> { [1] = "\"Never\"", [2] = "`often'" });
        var script = AnalysisScripts.Stata(new ExportResult(9, ExportFormat.Wide, [column], 0), "odd file.csv");

        var label = Assert.Single(script.Split('\n'), l => l.StartsWith("label variable odd_name ", StringComparison.Ordinal));
        Assert.Equal(wording.Replace("\"'", "\" '", StringComparison.Ordinal), Assert.Single(Literals(label)));
        var define = Assert.Single(script.Split('\n'), l => l.StartsWith("label define ", StringComparison.Ordinal));
        Assert.Equal(["\"Never\"", "`often'"], Literals(define));
        Assert.Contains("using `\"odd file.csv\"'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void NamesAreShortenedToThirtyTwoCharactersAndKeptApart()
    {
        var names = AnalysisScripts.StataNames(["a_very_long_column_name_for_a_score_total", "a_very_long_column_name_for_a_score_mean", "9lives"]);

        Assert.Equal(["a_very_long_column_name_for_a_sc", "a_very_long_column_name_for_a__2", "v9lives"], names);
    }

    /// <summary>
    /// The string literals of one line, as Stata reads them: compound-quoted <c>`"…"'</c>, closed by the first
    /// <c>"'</c>; inside, a <c>`</c> or <c>$</c> must be escaped with <c>\</c> (else Stata would expand a macro).
    /// Fails on anything else, such as an unclosed literal.
    /// </summary>
    private static List<string> Literals(string line)
    {
        var literals = new List<string>();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is '"' or '$')
            {
                Assert.Fail($"a bare {line[i]} outside a compound-quoted literal at {i}: {line}");
            }
            if (line[i] != '`')
            {
                continue;
            }
            Assert.True(i + 1 < line.Length && line[i + 1] == '"', $"a backtick that opens no literal at {i}: {line}");
            var text = new StringBuilder();
            var j = i + 2;
            for (; j < line.Length && !(line[j] == '"' && j + 1 < line.Length && line[j + 1] == '\''); j++)
            {
                if (line[j] is '`' or '$')
                {
                    Assert.True(line[j - 1] == '\\', $"unescaped {line[j]} at {j}: {line}");
                    text.Length--;
                }
                text.Append(line[j]);
            }
            Assert.True(j < line.Length, $"unclosed literal: {line}");
            literals.Add(text.ToString());
            i = j + 1;
        }
        return literals;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,31}$")]
    private static partial Regex StataName();
}
