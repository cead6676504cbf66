using System.Globalization;

namespace Alliance.Cli.Report;

/// <summary>
/// The dyads the per-dyad figures show (<see cref="PanelDyads"/>) and whether <c>--dyads</c> asked for them or the
/// study's size chose them; says so for the progress output and the page.
/// </summary>
/// <param name="Choice">All, Flagged or Ruptures (never BySize).</param>
/// <param name="BySize">The choice was made by the number of dyads, not by <c>--dyads</c>.</param>
/// <param name="Dyads">Dyads with a score on the followed forms.</param>
/// <param name="Shown">The dyads drawn.</param>
internal sealed record DyadSelection(DyadChoice Choice, bool BySize, int Dyads, IReadOnlySet<string> Shown)
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    /// <summary>Dyads left out.</summary>
    public int LeftOut => Dyads - Shown.Count;

    /// <summary>The <c>--dyads</c> value in effect and, when not given, why.</summary>
    public string Option => $"--dyads {Choice.ToString().ToLowerInvariant()}" + (BySize
        ? string.Create(C, $", the default {(Choice == DyadChoice.All ? "up to" : "above")} {PanelDyads.AllUpTo} dyads")
        : "");

    /// <summary>Which dyads, in words: "all 24 dyads", "the 390 of 9997 dyads that have a rupture episode".</summary>
    public string Which => Choice switch
    {
        DyadChoice.All => string.Create(C, $"all {Dyads} dyads"),
        DyadChoice.Flagged => string.Create(C, $"the {Shown.Count} of {Dyads} dyads that have a rupture episode or an alert"),
        _ => string.Create(C, $"the {Shown.Count} of {Dyads} dyads that have a rupture episode"),
    };

    /// <summary>The progress line.</summary>
    public string Progress => Choice == DyadChoice.All
        ? $"per-dyad panels: {Which} ({Option})…"
        : string.Create(C, $"per-dyad panels: {Which}, {LeftOut} left out ({Option})…");
}
