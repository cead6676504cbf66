namespace Alliance.Plots;

/// <summary>
/// Tick positions for one axis: <see cref="Values"/> run from <see cref="Min"/> to <see cref="Max"/>
/// in steps of <see cref="Step"/>; <see cref="FractionDigits"/> is the number of decimals that
/// shows every tick exactly (Heckbert's <c>nfrac</c>).
/// </summary>
public sealed record TickSet(double Min, double Max, double Step, int FractionDigits, IReadOnlyList<double> Values);
