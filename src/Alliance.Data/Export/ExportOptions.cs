namespace Alliance.Data.Export;

/// <summary>How to write an export.</summary>
/// <param name="Format">Layout.</param>
/// <param name="Actor">Who exports, for the audit log (e.g. <c>cli:alice</c>, <c>token:&lt;id&gt;</c>).</param>
/// <param name="Bom">Start with a UTF-8 byte-order mark (Excel then reads the file as UTF-8).</param>
/// <param name="Labels">Long: add a <c>value_label</c> column; wide: write item labels instead of codes.</param>
/// <param name="Bundle">The CSV is the data file of a bundle (<see cref="ExportBundle"/>): the audit entry says <c>"bundle": "zip"</c>.</param>
public sealed record ExportOptions(ExportFormat Format, string Actor, bool Bom = false, bool Labels = false, bool Bundle = false);
