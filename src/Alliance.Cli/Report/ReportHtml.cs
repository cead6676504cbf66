using System.Globalization;
using System.Net;
using System.Text;

namespace Alliance.Cli.Report;

/// <summary>
/// Writes the report as one self-contained HTML page: inline CSS and SVG, no script, no external requests;
/// headings in order, captioned tables with scoped headers, figures with captions, a print style that starts
/// each section on a new page.
/// </summary>
internal static class ReportHtml
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static string Write(ReportData data, IReadOnlyList<ReportFigure> figures)
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n")
         .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
         .Append("<title>Alliance report: ").Append(E(data.Source)).Append("</title>\n<style>\n").Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n<main>\n");
        var dyads = data.Forms.Select(f => f.Dyad).Distinct(StringComparer.Ordinal).Count();
        var sessions = data.Forms.Select(f => (f.Dyad, f.Session)).Distinct().Count();
        b.Append("<h1>Alliance study report</h1>\n<p>Source: <code>").Append(E(data.Source)).Append("</code>. ")
         .Append(C, $"{data.Forms.Count} forms from {dyads} dyads and {sessions} dyad-sessions; instruments: ")
         .Append(E(string.Join(", ", data.Instruments.Select(i => i.Id)))).Append(".</p>\n");
        Scoring(b, data);

        ReportSections.Descriptives(b, data);
        ReportSections.Reliability(b, data);
        ReportSections.Agreement(b, data, figures);
        ReportSections.Trajectories(b, data, figures);
        ReportSections.Ruptures(b, data, figures);
        ReportSections.Distributions(b, figures);
        b.Append("</main>\n</body>\n</html>\n");
        return b.ToString();
    }

    public static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Each instrument's scoring rule and range, and its cutoffs applied on that scale: the scores below are the
    /// instrument's own (as in the exports and on the dashboard), not item means of every form alike.
    /// </summary>
    private static void Scoring(StringBuilder b, ReportData data)
    {
        b.Append("<p>Scores follow each instrument's own scoring rule, as in the exports and on the dashboard (reverse-keyed items flipped as min + max − x; a form below a score's missing-item rule, or with an answer off the item's scale, has no score):</p>\n<ul>\n");
        foreach (var instrument in data.Instruments)
        {
            b.Append("<li><code>").Append(E(instrument.Id)).Append("</code>: ");
            if (instrument.Find("total") is { } total)
            {
                b.Append("total = ").Append(E(Alliance.Data.Export.ColumnScoring.RuleOf(total))).Append(", range ").Append(E(total.Range.ToString()));
            }
            else
            {
                b.Append("no instrument definition, so the total is the mean of the answered items");
            }
            foreach (var c in data.Cutoffs.Where(c => c.Instrument == instrument.Id))
            {
                b.Append(C, $"; alert when {E(c.Cutoff.Expression)}: {c.Met} of {c.Scored} scored forms");
            }
            b.Append("</li>\n");
        }
        b.Append("</ul>\n");
    }

    /// <summary>A number with <paramref name="digits"/> decimals, or an em dash when undefined.</summary>
    public static string N(double value, int digits = 2) =>
        double.IsFinite(value) ? value.ToString("F" + digits.ToString(C), C).Replace("-", "−", StringComparison.Ordinal) : "—";

    public static string N(double? value, int digits = 2) => value is { } v ? N(v, digits) : "—";

    public static void Figure(StringBuilder b, IReadOnlyList<ReportFigure> figures, string name)
    {
        if (figures.FirstOrDefault(f => f.Name == name) is not { } figure)
        {
            return;
        }
        b.Append("<figure>\n").Append(figure.Figure.ToInlineSvg()).Append("\n<figcaption>").Append(E(figure.Caption))
         .Append(" (<code>").Append(E(figure.Name)).Append(".png</code>, <code>").Append(E(figure.Name)).Append(".svg</code>)</figcaption>\n</figure>\n");
    }

    public static void Table(StringBuilder b, string caption, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, int rowHeaders = 1)
    {
        static bool Numeric(string cell) => cell.Length == 0 || cell == "—" || char.IsDigit(cell[^1]);
        var body = rows.ToList();
        b.Append("<div class=\"table\"><table>\n<caption>").Append(E(caption)).Append("</caption>\n<thead><tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            // A text column's header aligns left with its cells; numeric columns stay right-aligned.
            var text = i < rowHeaders || (body.Count > 0 && i < body[0].Count && !Numeric(body[0][i]));
            b.Append(text ? "<th scope=\"col\" class=\"text\">" : "<th scope=\"col\">").Append(E(headers[i])).Append("</th>");
        }
        b.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in body)
        {
            b.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                b.Append(i < rowHeaders ? "<th scope=\"row\">" : Numeric(row[i]) ? "<td>" : "<td class=\"text\">").Append(E(row[i])).Append(i < rowHeaders ? "</th>" : "</td>");
            }
            b.Append("</tr>\n");
        }
        b.Append("</tbody>\n</table></div>\n");
    }
}
