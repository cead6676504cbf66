namespace Alliance.Cli.Report;

/// <summary>One submitted form in the long export: every item answer of one response (NaN = skipped).</summary>
internal sealed record ReportForm(string Dyad, int Session, string Role, string Instrument, Dictionary<string, double> Answers);
