namespace Alliance.Interchange.Redcap;

/// <summary>One row of a REDCap data dictionary (the columns an import uses), with its row number (header = row 1).</summary>
internal sealed record RedcapField(int Row, string Name, string Form, string Type, string Label, string Choices,
    string Validation, string Min, string Max, bool Required, string Branching)
{
    /// <summary>A location in the dictionary: the row, a column when given, and the field name.</summary>
    public string At(string? column = null) =>
        column is null ? $"row {Row} (field '{Name}')" : $"row {Row}, column '{column}' (field '{Name}')";
}
