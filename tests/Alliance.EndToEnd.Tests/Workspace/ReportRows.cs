using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Alliance.Analysis.Tabular;
using Alliance.Cli;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>Reads what researchers get as files: export CSV rows by column name, and the report's descriptives table.</summary>
internal static partial class ReportRows
{
    /// <summary>Every row of a CSV text as column → cell (empty for a missing value).</summary>
    public static List<Dictionary<string, string>> Csv(string text)
    {
        using var reader = new StringReader(text);
        var table = CsvTable.Read(reader, "export");
        return [.. Enumerable.Range(0, table.RowCount).Select(row => table.Columns.Select((c, i) => (c, table.Cell(row, i) ?? ""))
            .ToDictionary(x => x.c, x => x.Item2, StringComparer.Ordinal))];
    }

    /// <summary>
    /// Runs <c>alliance report --input LONG --output DIR</c> in process and reads its descriptives table: instrument →
    /// (n, mean) of the forms' totals, each on its instrument's own rule.
    /// </summary>
    public static async Task<Dictionary<string, (int N, double Mean)>> DescriptivesAsync(string longCsv, string output)
    {
        var root = new RootCommand("alliance");
        foreach (var command in CommandCatalog.All())
        {
            root.Subcommands.Add(command);
        }
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliHost.RunAsync(root, ["report", "--input", longCsv, "--output", output], stdout, stderr);
        Assert.True(exit == 0, stderr.ToString());
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        var section = Section().Match(html);
        Assert.True(section.Success, "the report has no descriptives section");
        var rows = new Dictionary<string, (int, double)>(StringComparer.Ordinal);
        var body = Body().Match(section.Value).Value;
        foreach (Match row in BodyRow().Matches(body))
        {
            var cells = Cell().Matches(row.Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToList();
            // Role, Instrument, Session, n, Missing, Mean, …
            rows[cells[1]] = (int.Parse(cells[3], CultureInfo.InvariantCulture), double.Parse(cells[5], CultureInfo.InvariantCulture));
        }
        return rows;
    }

    [GeneratedRegex("<section id=\"descriptives\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex("<tbody>.*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex("<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
