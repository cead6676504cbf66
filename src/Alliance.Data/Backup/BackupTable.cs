namespace Alliance.Data.Backup;

/// <summary>One table as a backup holds it: its rows and a digest of their content (see <see cref="BackupManifest"/>).</summary>
/// <param name="Name">Schema-qualified name, e.g. <c>public.responses</c>.</param>
/// <param name="Rows">Exact row count at the backup's snapshot.</param>
/// <param name="Digest">md5 over the sorted md5s of the rows' text forms (order-free, so any plan gives the same).</param>
public sealed record BackupTable(string Name, long Rows, string Digest);
