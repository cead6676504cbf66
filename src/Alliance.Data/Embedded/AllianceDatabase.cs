namespace Alliance.Data.Embedded;

/// <summary>
/// The PostgreSQL connections of one deployment: the <see cref="Primary"/>, which takes every write and every read that
/// must see the request's own writes, and optionally a <see cref="ReadOnly"/> streaming replica
/// (<c>ConnectionStrings__AllianceReadOnly</c>, docs/operations.md, "Read replica").
/// </summary>
/// <param name="Primary">The primary's connection string (<c>ConnectionStrings__Alliance</c> or the embedded cluster).</param>
/// <param name="ReadOnly">A hot standby's connection string, or null when none is configured.</param>
public sealed record AllianceDatabase(string Primary, string? ReadOnly = null)
{
    /// <summary>
    /// Where exports, reports and analyses read a study: the replica when one is configured, else the primary. This is
    /// the one rule for which connection heavy reads take; their audit entries and every other write go to
    /// <see cref="Primary"/>. A replica may lag the primary by its replay delay, so a read here can miss the newest
    /// rows (a study created a moment ago may not exist yet); nothing that writes afterwards may depend on it.
    /// </summary>
    public string Reads => ReadOnly ?? Primary;

    /// <summary>Whether heavy reads go to a replica rather than the primary.</summary>
    public bool ReadsFromReplica => ReadOnly is not null;
}
