namespace Alliance.Web.Hosting;

/// <summary>The resolved PostgreSQL connection string (configured or embedded), for code that speaks Npgsql directly.</summary>
public sealed record DatabaseEndpoint(string ConnectionString);
