namespace Alliance.Data.Backup;

/// <summary>
/// A backup or restore was refused before anything changed: the output directory is not empty, the backup directory
/// is missing or not an Alliance backup, or the restore target holds data and <c>--force</c> was not given.
/// The message names the directory or database and the way out.
/// </summary>
public sealed class BackupRefusedException : Exception
{
    public BackupRefusedException(string message) : base(message) { }

    public BackupRefusedException(string message, Exception inner) : base(message, inner) { }

    public BackupRefusedException() { }
}
