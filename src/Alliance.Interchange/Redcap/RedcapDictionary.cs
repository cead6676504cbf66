using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alliance.Interchange.Redcap;

/// <summary>
/// Reads a REDCap data dictionary: the CSV REDCap exports under "Data Dictionary", 18 columns with these exact headers.
/// Rows are numbered as a spreadsheet shows them (header = row 1), also when a label spans several lines.
/// </summary>
internal static class RedcapDictionary
{
    public const string FieldName = "Variable / Field Name";
    public const string FormName = "Form Name";
    public const string FieldType = "Field Type";
    public const string FieldLabel = "Field Label";
    public const string Choices = "Choices, Calculations, OR Slider Labels";
    public const string Validation = "Text Validation Type OR Show Slider Number";
    public const string ValidationMin = "Text Validation Min";
    public const string ValidationMax = "Text Validation Max";
    public const string RequiredField = "Required Field?";
    public const string BranchingLogic = "Branching Logic (Show field only if...)";

    /// <summary>The header row REDCap writes, in order.</summary>
    public static readonly IReadOnlyList<string> Headers =
    [
        FieldName, FormName, "Section Header", FieldType, FieldLabel, Choices, "Field Note", Validation, ValidationMin,
        ValidationMax, "Identifier?", BranchingLogic, RequiredField, "Custom Alignment", "Question Number (surveys only)",
        "Matrix Group Name", "Matrix Ranking?", "Field Annotation",
    ];

    /// <summary>The fields, or the header problems (then no rows are read).</summary>
    public static (IReadOnlyList<RedcapField> Fields, IReadOnlyList<ImportProblem> Problems) Read(Stream input)
    {
        using var reader = new StreamReader(input, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null });
        if (!parser.Read())
        {
            return ([], [new ImportProblem("row 1", "the file is empty; expected REDCap's data dictionary header")]);
        }
        var header = parser.Record ?? [];
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(header[i].Trim(), i);
        }
        var missing = Headers.Where(h => !index.ContainsKey(h)).ToList();
        if (missing.Count > 0)
        {
            return ([], missing.Select(h => new ImportProblem("row 1", $"missing column '{h}': not a REDCap data dictionary (export it under Project Setup → Data Dictionary)")).ToList());
        }
        var fields = new List<RedcapField>();
        var row = 1;
        while (parser.Read())
        {
            row++;
            var record = parser.Record ?? [];
            string Cell(string column) => index[column] < record.Length ? record[index[column]].Trim() : "";
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            fields.Add(new RedcapField(row, Cell(FieldName), Cell(FormName), Cell(FieldType).ToLowerInvariant(), Cell(FieldLabel),
                Cell(Choices), Cell(Validation).ToLowerInvariant(), Cell(ValidationMin), Cell(ValidationMax),
                Cell(RequiredField).Equals("y", StringComparison.OrdinalIgnoreCase), Cell(BranchingLogic)));
        }
        return (fields, []);
    }
}
