namespace Alliance.Data.Embedded;

/// <summary>
/// Where the embedded cluster and other local state live (README, "Set-up"; docs/data.md): <c>ALLIANCE_DATA_DIR</c>,
/// else <c>$XDG_DATA_HOME/alliance</c>, else <c>~/.local/share/alliance</c>.
/// </summary>
public static class AllianceDataDirectory
{
    /// <summary>Environment variable overriding the data directory.</summary>
    public const string Variable = "ALLIANCE_DATA_DIR";

    /// <summary>The resolved data directory (not created).</summary>
    public static string Resolve()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (!string.IsNullOrWhiteSpace(xdg))
        {
            return Path.Combine(xdg, "alliance");
        }
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "alliance");
    }

    /// <summary>The embedded cluster of the data directory (<c>&lt;data dir&gt;/postgres</c>).</summary>
    public static PostgresCluster Cluster() => new(Path.Combine(Resolve(), "postgres"));
}
