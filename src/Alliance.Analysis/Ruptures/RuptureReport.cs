namespace Alliance.Analysis.Ruptures;

/// <summary>
/// Rupture episodes under one threshold, with the SDs behind it. <see cref="WithinSd"/>: pooled within-client SD,
/// √(Σᵢ Σₜ (Aᵢₜ − Āᵢ)² / (N − number of clients)); <see cref="BetweenSd"/>: SD of client means (N − 1 over clients);
/// <see cref="Sd"/> = the larger of the two (the stricter criterion, Gumz et al. 2012) unless fixed by the caller.
/// </summary>
public sealed record RuptureReport(
    RuptureOptions Options,
    double WithinSd,
    double BetweenSd,
    double Sd,
    int Clients,
    IReadOnlyList<RuptureEpisode> Episodes)
{
    public int Repaired => Episodes.Count(e => e.Repaired);
}
