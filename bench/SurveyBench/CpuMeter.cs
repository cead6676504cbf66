using System.Globalization;

namespace SurveyBench;

/// <summary>
/// CPU time (user + system) of this process and of one PostgreSQL cluster's processes, read from /proc, so the bench can
/// say where a submission's CPU goes. A backend that exits is counted through the postmaster's children's time.
/// </summary>
internal static class CpuMeter
{
    private static readonly double TicksPerSecond = 100.0;

    /// <param name="postmaster">The cluster's postmaster (first line of postmaster.pid); its children are counted.</param>
    public static (double Self, double Postgres) Seconds(int postmaster)
    {
        double self = 0, postgres = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(dir, "stat"));
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }
            var close = stat.LastIndexOf(')');
            var fields = stat[(close + 2)..].Split(' ');
            // Fields 14 and 15 of /proc/pid/stat (utime, stime); index 11 and 12 after the state field.
            var ticks = double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
            if (pid == Environment.ProcessId)
            {
                self += ticks;
            }
            else if (pid == postmaster)
            {
                // The postmaster's own time plus that of its children that exited (cutime, cstime): pgbench's backends.
                postgres += ticks + double.Parse(fields[13], CultureInfo.InvariantCulture) + double.Parse(fields[14], CultureInfo.InvariantCulture);
            }
            else if (fields[1] == postmaster.ToString(CultureInfo.InvariantCulture))
            {
                postgres += ticks;
            }
        }
        return (self / TicksPerSecond, postgres / TicksPerSecond);
    }

    /// <summary>CPU time of one process (user + system, its exited children not counted); 0 once it is gone.</summary>
    public static double Of(int pid)
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine("/proc", pid.ToString(CultureInfo.InvariantCulture), "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
