namespace Alliance.Data.Backup;

/// <summary>
/// <c>pg_dump</c> or <c>pg_restore</c> failed, or a restored database does not match its backup's manifest; the message
/// carries the tool's own words or the tables that differ.
/// </summary>
public sealed class BackupFailedException : Exception
{
    public BackupFailedException(string message) : base(message) { }

    public BackupFailedException(string message, Exception inner) : base(message, inner) { }

    public BackupFailedException() { }
}
