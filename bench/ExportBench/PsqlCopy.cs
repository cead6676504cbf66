using System.Diagnostics;
using Alliance.Data.Embedded;
using Npgsql;

namespace ExportBench;

/// <summary>Times <c>psql -c "\copy (query) to 'file' csv"</c>, the baseline the exporter is measured against.</summary>
internal static class PsqlCopy
{
    public static async Task<double> RunAsync(string connectionString, string query, string file)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var info = new ProcessStartInfo(PostgresBinaries.Locate().Psql) { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-X");
        info.ArgumentList.Add("-q");
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($"\\copy ({query}) to '{file}' csv");
        info.Environment["PGHOST"] = builder.Host;
        info.Environment["PGPORT"] = builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["PGUSER"] = builder.Username;
        info.Environment["PGDATABASE"] = builder.Database;
        if (builder.Password is not null)
        {
            info.Environment["PGPASSWORD"] = builder.Password;
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        return process.ExitCode == 0 ? watch.Elapsed.TotalSeconds : throw new InvalidOperationException($"psql failed: {await error}");
    }
}
