using System.Text.Json;
using System.Text.Json.Serialization;

namespace Alliance.Data.Backup;

/// <summary>
/// <c>alliance-backup.json</c>, written last into a backup directory beside the <c>pg_dump -Fd</c> archive
/// (<c>dump/</c>): what made the backup and what it holds, counted in the same snapshot as the dump, so that a restore
/// can prove it brought back exactly those rows (<see cref="DatabaseRestore"/>).
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>; a directory whose manifest says otherwise is not restored.</param>
/// <param name="CreatedAt">When the snapshot was taken (UTC).</param>
/// <param name="Database">The database that was backed up (no host, user or password).</param>
/// <param name="ServerVersion">The server's <c>server_version</c>.</param>
/// <param name="PgDumpVersion">The <c>pg_dump --version</c> that wrote the archive.</param>
/// <param name="MigrationHead">The last applied EF migration, or null for a database without Alliance's schema.</param>
/// <param name="DumpBytes">Size of <c>dump/</c> on disk.</param>
/// <param name="Tables">Every table of the database with its row count and digest, by name.</param>
public sealed record BackupManifest(
    string Format,
    DateTimeOffset CreatedAt,
    string Database,
    string ServerVersion,
    string PgDumpVersion,
    string? MigrationHead,
    long DumpBytes,
    IReadOnlyList<BackupTable> Tables)
{
    /// <summary>The manifest's file name inside a backup directory.</summary>
    public const string FileName = "alliance-backup.json";

    /// <summary>The archive's directory name inside a backup directory.</summary>
    public const string DumpDirectory = "dump";

    /// <summary>The value of <see cref="Format"/> this version writes and reads.</summary>
    public const string FormatName = "alliance-backup/1";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Total rows over all tables.</summary>
    [JsonIgnore]
    public long TotalRows => Tables.Sum(t => t.Rows);

    internal Task WriteAsync(string directory, CancellationToken ct) =>
        File.WriteAllTextAsync(Path.Combine(directory, FileName), JsonSerializer.Serialize(this, Json) + "\n", ct);

    /// <summary>Reads the manifest of <paramref name="directory"/>.</summary>
    /// <exception cref="BackupRefusedException">The directory is missing, has no manifest, or is not a backup of this format.</exception>
    public static async Task<BackupManifest> ReadAsync(string directory, CancellationToken ct)
    {
        if (!Directory.Exists(directory))
        {
            throw new BackupRefusedException($"no backup at '{directory}': the directory does not exist");
        }
        var file = Path.Combine(directory, FileName);
        if (!File.Exists(file))
        {
            throw new BackupRefusedException(
                $"'{directory}' is not an Alliance backup: it has no {FileName} (made by 'alliance db backup'; an interrupted backup has none)");
        }
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(file, ct).ConfigureAwait(false), Json);
        }
        catch (JsonException ex)
        {
            throw new BackupRefusedException($"{file} is not a backup manifest: {ex.Message}", ex);
        }
        if (manifest is null || manifest.Format != FormatName || manifest.Tables is null)
        {
            throw new BackupRefusedException($"{file} is not a manifest of format {FormatName} (found '{manifest?.Format}')");
        }
        if (!File.Exists(Path.Combine(directory, DumpDirectory, "toc.dat")))
        {
            throw new BackupRefusedException($"'{directory}' is incomplete: {DumpDirectory}/toc.dat (the pg_dump archive) is missing");
        }
        return manifest;
    }
}
