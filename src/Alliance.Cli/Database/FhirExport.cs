using Alliance.Data.Embedded;
using Alliance.Data.Export;

namespace Alliance.Cli.Database;

/// <summary><c>alliance export --study ID --format fhir [--output F]</c>: the study's responses as a FHIR R4 Bundle (<see cref="FhirResponseExport"/>).</summary>
internal static class FhirExport
{
    public static async Task<int> RunAsync(long studyId, FileInfo? output, TextWriter stdout, CancellationToken ct)
    {
        var database = await AllianceConnection.ResolveDatabaseAsync(ct);
        var actor = $"cli:{Environment.UserName}";
        try
        {
            if (output is null)
            {
                await using var console = new TextWriterStream(stdout);
                await FhirResponseExport.WriteAsync(database, studyId, actor, console, ct);
                await stdout.WriteLineAsync();
                return CliHost.Success;
            }
            // Written beside the target and moved into place when complete, as the CSV export does.
            var partial = $"{output.FullName}.partial-{Environment.ProcessId}";
            try
            {
                long count;
                await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                {
                    count = await FhirResponseExport.WriteAsync(database, studyId, actor, file, ct);
                }
                File.Move(partial, output.FullName, overwrite: true);
                await stdout.WriteLineAsync($"wrote {count} QuestionnaireResponse resources to {output.FullName}".AsMemory(), ct);
                return CliHost.Success;
            }
            finally
            {
                File.Delete(partial);
            }
        }
        catch (StudyExportException ex)
        {
            throw new InputException($"--study: {ex.Message}", ex);
        }
    }
}
