namespace Alliance.Data.Embedded;

/// <summary>The PostgreSQL server binaries are missing; the message names the fix (<c>apt-get install postgresql</c>).</summary>
public sealed class PostgresNotInstalledException : Exception
{
    public PostgresNotInstalledException(string message) : base(message) { }

    public PostgresNotInstalledException(string message, Exception inner) : base(message, inner) { }

    public PostgresNotInstalledException() { }
}
