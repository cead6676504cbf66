using Alliance.Data.Embedded;

namespace Alliance.Web.Hosting;

/// <summary>
/// The resolved PostgreSQL connection string (configured or embedded), for code that speaks Npgsql directly, and the
/// optional read replica (<c>ConnectionStrings:AllianceReadOnly</c>) that exports read from.
/// </summary>
public sealed record DatabaseEndpoint(string ConnectionString, string? ReadOnlyConnectionString = null)
{
    /// <summary>Primary and replica for the data layer, which decides what reads where (<see cref="AllianceDatabase.Reads"/>).</summary>
    public AllianceDatabase Connections { get; } = new(ConnectionString, ReadOnlyConnectionString);
}
