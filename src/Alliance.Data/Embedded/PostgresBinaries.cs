using System.Globalization;

namespace Alliance.Data.Embedded;

/// <summary>
/// The PostgreSQL server programs (<c>initdb</c>, <c>pg_ctl</c>, <c>postgres</c>, <c>psql</c>) of this machine.
/// Found through <c>ALLIANCE_PG_BIN</c> when set, else the highest version under <c>/usr/lib/postgresql/*/bin</c>
/// (the Debian <c>postgresql</c> package layout), else on <c>PATH</c>.
/// </summary>
public sealed class PostgresBinaries
{
    /// <summary>Environment variable naming the directory that holds <c>initdb</c> and <c>pg_ctl</c>.</summary>
    public const string BinDirectoryVariable = "ALLIANCE_PG_BIN";

    private PostgresBinaries(string directory) => Directory = directory;

    /// <summary>The directory holding the programs.</summary>
    public string Directory { get; }

    /// <summary>Full path of <c>initdb</c>.</summary>
    public string InitDb => Path.Combine(Directory, "initdb");

    /// <summary>Full path of <c>pg_ctl</c>.</summary>
    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    /// <summary>Full path of <c>psql</c>.</summary>
    public string Psql => Path.Combine(Directory, "psql");

    /// <summary>Full path of <c>pg_dump</c>.</summary>
    public string PgDump => Path.Combine(Directory, "pg_dump");

    /// <summary>Full path of <c>pg_restore</c>.</summary>
    public string PgRestore => Path.Combine(Directory, "pg_restore");

    /// <summary>Full path of <c>pg_basebackup</c>.</summary>
    public string PgBaseBackup => Path.Combine(Directory, "pg_basebackup");

    /// <summary>Locates the binaries or throws <see cref="PostgresNotInstalledException"/> naming the fix.</summary>
    public static PostgresBinaries Locate() =>
        Locate(Environment.GetEnvironmentVariable(BinDirectoryVariable), "/usr/lib/postgresql",
            Environment.GetEnvironmentVariable("PATH") ?? "");

    internal static PostgresBinaries Locate(string? configured, string debianRoot, string searchPath)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return HasServer(configured)
                ? new PostgresBinaries(configured)
                : throw new PostgresNotInstalledException(
                    $"{BinDirectoryVariable}={configured} holds no initdb/pg_ctl; point it at a PostgreSQL bin directory " +
                    "or unset it and install the server: apt-get install postgresql");
        }

        var debian = FindDebianVersions(debianRoot);
        if (debian is not null)
        {
            return new PostgresBinaries(debian);
        }

        foreach (var dir in searchPath.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasServer(dir))
            {
                return new PostgresBinaries(dir);
            }
        }

        throw new PostgresNotInstalledException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin or on PATH. " +
            "Install them with: apt-get install postgresql  (or set ALLIANCE_PG_BIN to their directory, " +
            "or set ConnectionStrings__Alliance to use an existing server).");
    }

    private static string? FindDebianVersions(string root)
    {
        if (!System.IO.Directory.Exists(root))
        {
            return null;
        }
        return System.IO.Directory.EnumerateDirectories(root)
            .Select(d => (Dir: Path.Combine(d, "bin"), Version: ParseVersion(Path.GetFileName(d))))
            .Where(x => x.Version is not null && HasServer(x.Dir))
            .OrderByDescending(x => x.Version)
            .Select(x => x.Dir)
            .FirstOrDefault();
    }

    private static Version? ParseVersion(string name) =>
        int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? new Version(major, 0)
        : Version.TryParse(name, out var v) ? v : null;

    private static bool HasServer(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
}
