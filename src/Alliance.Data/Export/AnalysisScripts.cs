using System.Globalization;
using System.Text;

namespace Alliance.Data.Export;

/// <summary>Generates an R script, SPSS syntax and a Stata do-file that load an export with its types and labels.</summary>
public static partial class AnalysisScripts
{
    /// <summary>R (base only): reads the CSV with column classes, parses dates, sets factor and value labels.</summary>
    public static string R(ExportResult export, string csvFileName)
    {
        ArgumentNullException.ThrowIfNull(export);
        var r = new StringBuilder();
        r.Append(CultureInfo.InvariantCulture, $"# Loads {csvFileName} (alliance export, study {export.StudyId}). Run from the file's folder.\n");
        var classes = string.Join(",\n  ", export.Columns.Select(c => $"{RString(c.Name)} = \"{RClass(c.Kind)}\""));
        r.Append(CultureInfo.InvariantCulture,
            $"d <- read.csv({RString(csvFileName)}, fileEncoding = \"UTF-8-BOM\", na.strings = \"\", check.names = FALSE,\n  colClasses = c(\n  {classes}))\n");
        foreach (var column in export.Columns)
        {
            var name = RString(column.Name);
            switch (column.Kind)
            {
                case ColumnKind.Date:
                    r.Append(CultureInfo.InvariantCulture, $"d[[{name}]] <- as.Date(d[[{name}]])\n");
                    break;
                case ColumnKind.Timestamp:
                    r.Append(CultureInfo.InvariantCulture,
                        $"d[[{name}]] <- as.POSIXct(d[[{name}]], format = \"%Y-%m-%dT%H:%M:%OSZ\", tz = \"UTC\")\n");
                    break;
                case ColumnKind.Text:
                    // Undo the formula-injection guard: a leading ' before = + - @ tab CR was added by the export.
                    r.Append(CultureInfo.InvariantCulture, $"d[[{name}]] <- sub(\"^'(?=[=+@\\t\\r-])\", \"\", d[[{name}]], perl = TRUE)\n");
                    break;
                default:
                    break;
            }
            if (column.Name is "role")
            {
                r.Append("d$role <- factor(d$role, levels = c(\"client\", \"therapist\"))\n");
            }
            if (column.ValueLabels.Count > 0)
            {
                var labels = string.Join(", ", column.ValueLabels.OrderBy(l => l.Key)
                    .Select(l => string.Create(CultureInfo.InvariantCulture, $"{RString(l.Value)} = {l.Key}")));
                r.Append(CultureInfo.InvariantCulture, $"attr(d[[{name}]], \"labels\") <- c({labels})\n");
            }
            r.Append(CultureInfo.InvariantCulture, $"attr(d[[{name}]], \"label\") <- {RString(column.Description)}\n");
        }
        return r.ToString();
    }

    /// <summary>SPSS syntax: <c>GET DATA</c> with formats, then variable and value labels.</summary>
    public static string Spss(ExportResult export, string csvFileName)
    {
        ArgumentNullException.ThrowIfNull(export);
        var names = export.Columns.Select(c => SpssName(c.Name)).ToList();
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"* Loads {csvFileName} (alliance export, study {export.StudyId}).\n");
        s.Append(CultureInfo.InvariantCulture,
            $"GET DATA /TYPE=TXT /FILE='{csvFileName.Replace("'", "''", StringComparison.Ordinal)}' /ENCODING='UTF8'\n");
        s.Append("  /DELCASE=LINE /DELIMITERS=\",\" /QUALIFIER='\"' /ARRANGEMENT=DELIMITED /FIRSTCASE=2\n  /VARIABLES=\n");
        for (var i = 0; i < names.Count; i++)
        {
            s.Append(CultureInfo.InvariantCulture, $"    {names[i]} {SpssFormat(export.Columns[i].Kind)}\n");
        }
        s.Append(".\nVARIABLE LABELS\n");
        s.Append(string.Join("\n", export.Columns.Select((c, i) => $"    {names[i]} '{SpssText(c.Description)}'"))).Append(".\n");
        var coded = export.Columns.Select((c, i) => (c, i)).Where(x => x.c.ValueLabels.Count > 0 && x.c.Kind != ColumnKind.Text).ToList();
        if (coded.Count > 0)
        {
            s.Append("VALUE LABELS\n");
            s.Append(string.Join("\n  /", coded.Select(x => $"    {names[x.i]} " + string.Join(" ", x.c.ValueLabels.OrderBy(l => l.Key)
                .Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key} '{SpssText(l.Value)}'"))))));
            s.Append(".\n");
        }
        s.Append("EXECUTE.\n");
        return s.ToString();
    }

    /// <summary>An SPSS variable name: letters, digits, <c>_</c>, starting with a letter, at most 64 characters.</summary>
    public static string SpssName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var clean = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
        clean = char.IsAsciiLetter(clean.FirstOrDefault()) ? clean : "v" + clean;
        return clean.Length > 64 ? clean[..64] : clean;
    }

    private static string RClass(ColumnKind kind) => kind switch
    {
        ColumnKind.WholeNumber => "integer",
        ColumnKind.Number => "numeric",
        _ => "character",
    };

    private static string SpssFormat(ColumnKind kind) => kind switch
    {
        ColumnKind.WholeNumber => "F12.0",
        ColumnKind.Number => "F12.4",
        ColumnKind.Date => "SDATE10",
        ColumnKind.Timestamp => "A24",
        _ => "A255",
    };

    private static string RString(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string SpssText(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}
