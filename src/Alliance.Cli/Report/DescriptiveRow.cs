using Alliance.Analysis.Descriptives;

namespace Alliance.Cli.Report;

/// <summary>Descriptives of one score for one role, instrument and session number.</summary>
internal sealed record DescriptiveRow(string Role, string Instrument, string Score, int Session, DescriptiveSummary Summary);
