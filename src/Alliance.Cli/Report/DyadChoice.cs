namespace Alliance.Cli.Report;

/// <summary>Which dyads get a panel in the per-dyad figures (<c>--dyads</c>).</summary>
internal enum DyadChoice
{
    /// <summary>Not given: <see cref="All"/> up to <see cref="PanelDyads.AllUpTo"/> dyads, <see cref="Ruptures"/> above.</summary>
    BySize,

    /// <summary>Every dyad.</summary>
    All,

    /// <summary>Dyads with a rupture episode or an alert.</summary>
    Flagged,

    /// <summary>Dyads with a rupture episode.</summary>
    Ruptures,
}
