using System.CommandLine;
using Alliance.Analysis;

namespace Alliance.Cli;

/// <summary>
/// Runs a parsed command line with the exit-code contract of the README ("Command line"):
/// 0 success, 2 bad usage or bad input, 1 any other failure. Bad input is mapped here and only here: the command
/// line's own <see cref="InputException"/> (a flag's value, a file) and every <see cref="AnalysisInputException"/>
/// an analysis throws (data it cannot analyse, a formula or CSV file it cannot read), printed with their message.
/// </summary>
internal static class CliHost
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;

    public static async Task<int> RunAsync(RootCommand root, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync($"alliance: {error.Message}");
            }
            await stderr.WriteLineAsync("Run 'alliance --help' (or '<command> --help') for usage.");
            return BadInput;
        }

        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config);
        }
        catch (Exception ex) when (ex is InputException or AnalysisInputException)
        {
            await stderr.WriteLineAsync($"alliance: {ex.Message}");
            return BadInput;
        }
        catch (Npgsql.PostgresException ex) when (ex.SqlState == Npgsql.PostgresErrorCodes.UndefinedTable)
        {
            await stderr.WriteLineAsync(
                $"alliance: the database has no Alliance tables yet ({ex.MessageText}); run 'alliance db migrate' first.");
            return Failure;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("alliance: cancelled");
            return Failure;
        }
#pragma warning disable CA1031 // the command line's last line of defence: report, never crash with a stack trace
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"alliance: error: {ex.Message}");
            return Failure;
        }
    }
}
