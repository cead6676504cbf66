using Alliance.Analysis.Reliability;

namespace Alliance.Cli.Report;

/// <summary>Reliability of one scale of one instrument over all its forms in the export.</summary>
internal sealed record ReliabilityRow(string Instrument, bool FromCatalog, SubscaleReliability Reliability);
