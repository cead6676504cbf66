namespace Alliance.Cli.Report;

/// <summary>What the report reads from a long export: its forms in data order and their instruments by id.</summary>
/// <param name="Source">The input's label: the file, or <c>study N</c>.</param>
/// <param name="Forms">Every form, in the order the data first names it.</param>
/// <param name="Instruments">The instruments of the forms, ordered by id.</param>
internal sealed record ReportInput(string Source, IReadOnlyList<ReportForm> Forms, IReadOnlyList<ReportInstrument> Instruments);
