using System.Globalization;
using System.Text;
using Alliance.Instruments;
using CsvHelper;

namespace Alliance.Data.Export;

/// <summary>
/// Describes every column of an export, as CSV (<c>column,type,description,values,instrument,scoring,range,wording</c>)
/// and as Markdown. For a score column, <c>instrument</c>, <c>scoring</c> and <c>range</c> give each instrument version
/// whose score it holds (<see cref="ExportColumn.Scoring"/>), separated by <c>; </c> in the same order. For an item
/// column, <c>values</c> gives the anchor labels, <c>range</c> the scale's range (with its step and kind for visual
/// analogue and numeric scales) and <c>wording</c> the item's wording in the study's first language. Empty otherwise.
/// The long layout's items are not columns: the Markdown lists them in a table of their own.
/// </summary>
public static class Codebook
{
    /// <summary>Value labels as <c>1=Never; 2=Rarely</c>.</summary>
    public static string Values(ExportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return string.Join("; ", column.ValueLabels.OrderBy(l => l.Key)
            .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key}={l.Value}")));
    }

    /// <summary>The instrument versions of a score column: <c>wa-client 1.2.0; session-vas 1.2.0</c>.</summary>
    public static string Instruments(ExportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return string.Join("; ", column.Scoring.Select(s => $"{s.Instrument} {s.Version}"));
    }

    /// <summary>The scoring rules of a score column, one per instrument version (<see cref="ColumnScoring.Rule"/>).</summary>
    public static string Rules(ExportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return string.Join("; ", column.Scoring.Select(s => s.Rule));
    }

    /// <summary>
    /// The ranges of a score column, one per instrument version: <c>1–5; 0–40</c>; of an item column, its scale's:
    /// <c>1–5</c> (Likert), <c>0–10, step 0.1 (visual analogue)</c>.
    /// </summary>
    public static string Ranges(ExportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (column.Scale is { } scale)
        {
            var range = new ScoreRange(scale.Min, scale.Max).ToString();
            return scale.Kind switch
            {
                ScaleKind.VisualAnalogue => string.Create(CultureInfo.InvariantCulture, $"{range}, step {scale.Step:R} (visual analogue)"),
                ScaleKind.Numeric => string.Create(CultureInfo.InvariantCulture, $"{range}, step {scale.Step:R} (numeric)"),
                _ => range,
            };
        }
        return string.Join("; ", column.Scoring.Select(s => s.Range.ToString()));
    }

    /// <summary>The codebook as CSV.</summary>
    public static string Csv(ExportResult export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "column", "type", "description", "values", "instrument", "scoring", "range", "wording" })
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var column in export.Columns)
            {
                csv.WriteField(column.Name);
                csv.WriteField(TypeName(column.Kind));
                csv.WriteField(SpreadsheetSafety.Neutralise(column.Description));
                csv.WriteField(SpreadsheetSafety.Neutralise(Values(column)));
                csv.WriteField(SpreadsheetSafety.Neutralise(Instruments(column)));
                csv.WriteField(SpreadsheetSafety.Neutralise(Rules(column)));
                csv.WriteField(SpreadsheetSafety.Neutralise(Ranges(column)));
                csv.WriteField(SpreadsheetSafety.Neutralise(column.Wording));
                csv.NextRecord();
            }
        }
        return text.ToString();
    }

    /// <summary>The codebook as a Markdown table, with how the file was made.</summary>
    public static string Markdown(ExportResult export, string fileName)
    {
        ArgumentNullException.ThrowIfNull(export);
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Codebook: {fileName}\n\n");
        md.Append(CultureInfo.InvariantCulture,
            $"Study {export.StudyId}, {export.Format.ToString().ToLowerInvariant()} layout, {export.Rows} data rows. ");
        md.Append("UTF-8, comma-separated, header row, `\\n` line ends; empty cell = missing. Numbers use `.` as decimal ");
        md.Append("separator. Text cells that began with `=`, `+`, `-`, `@`, tab or CR carry a leading `'` against formula injection.\n\n");
        md.Append("Score columns give, per instrument version whose score they hold, the scoring rule and the range ");
        md.Append("(several instruments are separated by `;`, in the same order).\n\n");
        md.Append("Item columns give the item's wording (in the study's first language; empty where the wording is licensed ");
        md.Append("and not installed), its answer labels and its scale's range.\n\n");
        md.Append("| column | type | description | values | instrument | scoring | range | wording |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var column in export.Columns)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| `{column.Name}` | {TypeName(column.Kind)} | {Cell(column.Description)} | {Cell(Values(column))} | {Cell(Instruments(column))} | {Cell(Rules(column))} | {Cell(Ranges(column))} | {Cell(column.Wording)} |\n");
        }
        if (export.Format == ExportFormat.Long && export.Items.Count > 0)
        {
            md.Append("\n## Items\n\nThe values of the `item` column: each item's wording, answer labels and range.\n\n");
            md.Append("| item | description | wording | values | range |\n|---|---|---|---|---|\n");
            foreach (var item in export.Items)
            {
                md.Append(CultureInfo.InvariantCulture,
                    $"| `{item.Name}` | {Cell(item.Description)} | {Cell(item.Wording)} | {Cell(Values(item))} | {Cell(Ranges(item))} |\n");
            }
        }
        return md.ToString();
    }

    internal static string TypeName(ColumnKind kind) => kind switch
    {
        ColumnKind.WholeNumber => "integer",
        ColumnKind.Number => "number",
        ColumnKind.Date => "date",
        ColumnKind.Timestamp => "timestamp",
        _ => "text",
    };

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
