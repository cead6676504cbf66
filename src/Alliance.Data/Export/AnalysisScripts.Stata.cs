using System.Globalization;
using System.Text;

namespace Alliance.Data.Export;

public static partial class AnalysisScripts
{
    // Stata's limits: 32 characters for a name, 80 for a variable label.
    private const int StataNameLength = 32;
    private const int StataLabelLength = 80;

    /// <summary>
    /// A Stata do-file: <c>import delimited</c> (UTF-8, every column's type given), then <c>label variable</c> for every
    /// column and <c>label define</c> / <c>label values</c> for coded columns; dates become Stata dates (<c>%td</c>).
    /// The header row is skipped and the variables renamed from <c>v1…vN</c>, so names never depend on how Stata
    /// would mangle a header; Stata value labels hold whole numbers only, so a non-integer code keeps no label.
    /// </summary>
    public static string Stata(ExportResult export, string csvFileName)
    {
        ArgumentNullException.ThrowIfNull(export);
        var names = StataNames(export.Columns.Select(c => c.Name));
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"* Loads {csvFileName} (alliance export, study {export.StudyId}). Run from the file's folder.\n");
        var text = Positions(export, c => c.Kind is not (ColumnKind.WholeNumber or ColumnKind.Number));
        var numbers = Positions(export, c => c.Kind is ColumnKind.WholeNumber or ColumnKind.Number);
        s.Append(CultureInfo.InvariantCulture, $"import delimited using {StataText(csvFileName)}, encoding(\"utf-8\") delimiters(\",\") ");
        s.Append("varnames(nonames) rowrange(2) bindquote(strict)");
        s.Append(text.Length > 0 ? $" stringcols({text})" : "").Append(numbers.Length > 0 ? $" numericcols({numbers})" : "").Append(" clear\n");
        for (var i = 0; i < names.Count; i++)
        {
            s.Append(CultureInfo.InvariantCulture, $"rename v{i + 1} {names[i]}\n");
        }
        var labelSets = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var column = export.Columns[i];
            var name = names[i];
            if (column.Kind == ColumnKind.Date)
            {
                s.Append(CultureInfo.InvariantCulture, $"generate double _alliance_date = date({name}, \"YMD\")\n");
                s.Append(CultureInfo.InvariantCulture, $"format _alliance_date %td\norder _alliance_date, after({name})\n");
                s.Append(CultureInfo.InvariantCulture, $"drop {name}\nrename _alliance_date {name}\n");
            }
            else if (column.Kind == ColumnKind.Text)
            {
                // Undo the formula-injection guard: a leading ' before = + - @ tab CR was added by the export.
                s.Append(CultureInfo.InvariantCulture, $"replace {name} = usubstr({name}, 2, .) if ustrregexm({name}, \"^'[=+@\\t\\r-]\")\n");
            }
            s.Append(CultureInfo.InvariantCulture, $"label variable {name} {StataText(Truncate(column.Description, StataLabelLength))}\n");
            var codes = column.ValueLabels.Where(l => l.Key == decimal.Truncate(l.Key)).OrderBy(l => l.Key).ToList();
            if (codes.Count == 0 || column.Kind == ColumnKind.Text)
            {
                continue;
            }
            var definition = string.Join(" ", codes.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key:0} {StataText(l.Value)}")));
            if (!labelSets.TryGetValue(definition, out var labelName))
            {
                labelName = string.Create(CultureInfo.InvariantCulture, $"alliance_labels_{labelSets.Count + 1}");
                labelSets[definition] = labelName;
                s.Append(CultureInfo.InvariantCulture, $"label define {labelName} {definition}\n");
            }
            s.Append(CultureInfo.InvariantCulture, $"label values {name} {labelName}\n");
        }
        return s.ToString();
    }

    /// <summary>
    /// Stata variable names for the columns, in order: letters, digits and <c>_</c>, not starting with a digit, at most
    /// 32 characters; a name that would repeat an earlier one ends in <c>_2</c>, <c>_3</c>, ….
    /// </summary>
    public static IReadOnlyList<string> StataNames(IEnumerable<string> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var column in columns)
        {
            var clean = new string(column.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
            clean = char.IsAsciiLetter(clean.FirstOrDefault()) || clean.StartsWith('_') ? clean : "v" + clean;
            var name = Truncate(clean, StataNameLength);
            for (var n = 2; !used.Add(name); n++)
            {
                var suffix = string.Create(CultureInfo.InvariantCulture, $"_{n}");
                name = Truncate(clean, StataNameLength - suffix.Length) + suffix;
            }
            names.Add(name);
        }
        return names;
    }

    /// <summary>
    /// A Stata string literal: compound double quotes (<c>`"…"'</c>) so the text may hold <c>"</c>, with <c>`</c> and
    /// <c>$</c> escaped by <c>\</c> so no macro is expanded, a <c>"'</c> inside split so it cannot close the literal, and
    /// line breaks as spaces.
    /// </summary>
    public static string StataText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = text.Replace("\"'", "\" '", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal)
            .Replace("$", "\\$", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        return "`\"" + escaped + "\"'";
    }

    private static string Positions(ExportResult export, Func<ExportColumn, bool> select) =>
        string.Join(" ", export.Columns.Select((c, i) => (c, i)).Where(x => select(x.c)).Select(x => (x.i + 1).ToString(CultureInfo.InvariantCulture)));

    private static string Truncate(string text, int length) => text.Length > length ? text[..length] : text;
}
