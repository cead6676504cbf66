using System.Text.Json;

namespace Alliance.Cli.Tests.Analyses;

/// <summary>Runs the alliance command in-process and captures its output.</summary>
internal static class CliRun
{
    public static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "Psychometrics", file);

    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var run = await Tests.CliRun.RunAsync(args);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }

    public static async Task<JsonElement> JsonAsync(params string[] args)
    {
        var (exit, output, error) = await RunAsync([.. args, "--json"]);
        Assert.True(exit == 0, error);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    public static string TempCsv(string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "alliance-cli-tests");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }
}
