using System.Diagnostics;
using System.Text;

namespace Alliance.Data.Embedded;

/// <summary>
/// Runs the PostgreSQL programs. PostgreSQL refuses to run as root, so when this process is root the programs
/// run as the <c>postgres</c> system user (created by the Debian package) through <c>runuser</c>.
/// </summary>
internal static class ServerProcess
{
    public const string ServiceUser = "postgres";

    // Environment.UserName resolves the effective uid through getpwuid on Unix.
    public static bool IsRoot => Environment.UserName == "root";

    public static Task<ProcessOutput> RunAsServerUserAsync(string program, IEnumerable<string> args, CancellationToken ct) =>
        RunAsServerUserAsync(program, args, null, null, ct);

    /// <summary>As the server user, with extra environment variables (<c>runuser</c> keeps the environment).</summary>
    public static Task<ProcessOutput> RunAsServerUserAsync(string program, IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment, Action<string>? onErrorLine, CancellationToken ct) =>
        IsRoot
            ? RunAsync("runuser", new[] { "-u", ServiceUser, "--", program }.Concat(args), environment, onErrorLine, ct)
            : RunAsync(program, args, environment, onErrorLine, ct);

    public static Task<ProcessOutput> RunAsync(string program, IEnumerable<string> args, CancellationToken ct) =>
        RunAsync(program, args, null, null, ct);

    /// <summary>
    /// Runs <paramref name="program"/> with <paramref name="environment"/> added (how passwords reach the PostgreSQL
    /// tools: a <c>PGPASSFILE</c>, never an argument that <c>ps</c> would show); each line it writes to standard error
    /// is also handed to <paramref name="onErrorLine"/> as it arrives (progress).
    /// </summary>
    public static async Task<ProcessOutput> RunAsync(string program, IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? environment, Action<string>? onErrorLine, CancellationToken ct)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["LC_ALL"] = "C.UTF-8";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new PostgresClusterException($"could not start {program}");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = ReadLinesAsync(process.StandardError, onErrorLine, ct);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        return new ProcessOutput(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    private static async Task<string> ReadLinesAsync(StreamReader reader, Action<string>? onLine, CancellationToken ct)
    {
        if (onLine is null)
        {
            return await reader.ReadToEndAsync(ct).ConfigureAwait(false);
        }
        var all = new StringBuilder();
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } line)
        {
            all.AppendLine(line);
            onLine(line);
        }
        return all.ToString();
    }

    /// <summary>Gives a directory or file to the server user (no-op unless root).</summary>
    public static async Task HandOverAsync(string path, CancellationToken ct)
    {
        if (!IsRoot)
        {
            return;
        }
        var result = await RunAsync("chown", ["-R", $"{ServiceUser}:", path], ct).ConfigureAwait(false);
        result.ThrowIfFailed($"chown {path} to {ServiceUser}");
    }

    /// <summary>Whether the server user can reach <paramref name="directory"/> (search permission on the whole path).</summary>
    public static async Task<bool> ServerUserCanEnterAsync(string directory, CancellationToken ct)
    {
        if (!IsRoot)
        {
            return true;
        }
        var result = await RunAsServerUserAsync("test", ["-x", directory], ct).ConfigureAwait(false);
        return result.ExitCode == 0;
    }
}

internal sealed record ProcessOutput(int ExitCode, string StandardOutput, string StandardError)
{
    public void ThrowIfFailed(string what)
    {
        if (ExitCode != 0)
        {
            var text = new StringBuilder().Append(what).Append(" failed (exit ").Append(ExitCode).Append("): ")
                .Append(StandardError.Trim()).Append(' ').Append(StandardOutput.Trim()).ToString().Trim();
            throw new PostgresClusterException(text);
        }
    }
}
