using Alliance.Instruments;

namespace Alliance.Cli.Report;

/// <summary>A cutoff of an instrument applied to its forms on the instrument's own scale: how many met it of those scored.</summary>
internal sealed record CutoffCount(string Instrument, Cutoff Cutoff, int Met, int Scored);
