namespace Alliance.Data.Embedded;

/// <summary>The embedded cluster could not be created, started or stopped; the message carries the tool's output.</summary>
public sealed class PostgresClusterException : Exception
{
    public PostgresClusterException(string message) : base(message) { }

    public PostgresClusterException(string message, Exception inner) : base(message, inner) { }

    public PostgresClusterException() { }
}
