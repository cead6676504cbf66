using System.Globalization;
using Npgsql;

namespace Alliance.Data.Embedded;

/// <summary>
/// How a PostgreSQL client program (<c>pg_dump</c>, <c>pg_restore</c>, <c>pg_basebackup</c>) reaches the server that an
/// Npgsql connection string names. Host, port and user become arguments; the password never does (<c>ps</c> shows
/// every argument to every user): it goes into a private <c>PGPASSFILE</c> (mode 600, in a directory of its own)
/// that lives as long as this object.
/// </summary>
internal sealed class LibpqClient : IDisposable
{
    private readonly string? _scratch;

    private LibpqClient(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string database,
        string? scratch)
    {
        Arguments = arguments;
        Environment = environment;
        Database = database;
        _scratch = scratch;
    }

    /// <summary><c>-h</c>, <c>-p</c> and <c>-U</c> (when the connection string names a user); no password.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary><c>PGPASSFILE</c>, and <c>PGSSLMODE</c>/<c>PGCONNECT_TIMEOUT</c> when the connection string sets them.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The database the connection string names (<c>postgres</c> when it names none).</summary>
    public string Database { get; }

    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <param name="forServerUser">The program will run as the server user (as root): give it the password file.</param>
    /// <param name="ct">Cancels the hand-over.</param>
    public static async Task<LibpqClient> CreateAsync(string connectionString, bool forServerUser, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var arguments = new List<string> { "-h", builder.Host ?? "localhost", "-p", builder.Port.ToString(CultureInfo.InvariantCulture) };
        if (!string.IsNullOrEmpty(builder.Username))
        {
            arguments.AddRange(["-U", builder.Username]);
        }
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PGCONNECT_TIMEOUT"] = Math.Max(2, builder.Timeout).ToString(CultureInfo.InvariantCulture),
        };
        if (builder.SslMode != SslMode.Prefer)
        {
            environment["PGSSLMODE"] = builder.SslMode switch
            {
                SslMode.VerifyCA => "verify-ca",
                SslMode.VerifyFull => "verify-full",
                var mode => mode.ToString().ToLowerInvariant(),
            };
        }
        string? scratch = null;
        if (!string.IsNullOrEmpty(builder.Password))
        {
            scratch = Path.Combine(Path.GetTempPath(), $"alliance-pgpass-{Guid.NewGuid():N}");
            Directory.CreateDirectory(scratch);
            var file = Path.Combine(scratch, "pgpass");
            // libpq ignores a password file that group or others can read: private before the password goes in.
            await File.WriteAllTextAsync(file, "", ct).ConfigureAwait(false);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(scratch, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
            // hostname:port:database:username:password, with ':' and '\' escaped (libpq, "The Password File").
            var user = string.IsNullOrEmpty(builder.Username) ? "*" : Escape(builder.Username);
            await File.WriteAllTextAsync(file, $"*:*:*:{user}:{Escape(builder.Password)}\n", ct).ConfigureAwait(false);
            if (forServerUser)
            {
                await ServerProcess.HandOverAsync(scratch, ct).ConfigureAwait(false);
            }
            environment["PGPASSFILE"] = file;
        }
        else if (!string.IsNullOrEmpty(builder.Passfile))
        {
            environment["PGPASSFILE"] = builder.Passfile;
        }
        return new LibpqClient(arguments, environment, builder.Database ?? "postgres", scratch);
    }

    public void Dispose()
    {
        if (_scratch is not null && Directory.Exists(_scratch))
        {
            Directory.Delete(_scratch, recursive: true);
        }
    }

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(":", "\\:", StringComparison.Ordinal);
}
