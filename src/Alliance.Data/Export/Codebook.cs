using System.Globalization;
using System.Text;
using CsvHelper;

namespace Alliance.Data.Export;

/// <summary>
/// Describes every column of an export, as CSV (<c>column,type,description,values,instrument,scoring,range</c>) and as
/// Markdown. For a score column, <c>instrument</c>, <c>scoring</c> and <c>range</c> give each instrument version whose
/// score it holds (<see cref="ExportColumn.Scoring"/>), separated by <c>; </c> in the same order; empty otherwise.
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

    /// <summary>The ranges of a score column, one per instrument version: <c>1–5; 0–40</c>.</summary>
    public static string Ranges(ExportColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return string.Join("; ", column.Scoring.Select(s => s.Range.ToString()));
    }

    /// <summary>The codebook as CSV.</summary>
    public static string Csv(ExportResult export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "column", "type", "description", "values", "instrument", "scoring", "range" })
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
        md.Append("| column | type | description | values | instrument | scoring | range |\n|---|---|---|---|---|---|---|\n");
        foreach (var column in export.Columns)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| `{column.Name}` | {TypeName(column.Kind)} | {Cell(column.Description)} | {Cell(Values(column))} | {Cell(Instruments(column))} | {Cell(Rules(column))} | {Cell(Ranges(column))} |\n");
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

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
