using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Coordination;
using Alliance.Data.Demo;
using Alliance.Data.Embedded;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Hosting;

/// <summary>
/// The README's promise: <c>dotnet run --project src/Alliance.Web</c> on an empty database seeds a demo study. Only
/// hashes reach the database, so the plain credentials (password, API token, the open participant links) are kept in a
/// file under ALLIANCE_DATA_DIR (owner-only); each start prints the study, the login's e-mail and where that file is,
/// never a secret (console output ends up in service logs). Instances starting together on one empty database seed
/// one demo between them: the check and the seeding run under an advisory lock (<see cref="AdvisoryLockKey.DemoSeed"/>).
/// </summary>
internal static class DemoOnFirstRun
{
    public static async Task RunAsync(WebApplication app, CancellationToken ct)
    {
        if (!app.Configuration.GetValue("Demo:SeedWhenEmpty", true))
        {
            return;
        }
        var baseUrl = (app.Configuration["Survey:PublicBaseUrl"] ?? app.Configuration["urls"] ?? AllianceWebHost.DefaultUrl)
            .Split(';')[0].TrimEnd('/');
        var file = Path.Combine(AllianceDataDirectory.Resolve(), "demo-login.json");
        await using var seeding = await AdvisoryLock.TakeAsync(
            app.Services.GetRequiredService<DatabaseEndpoint>().ConnectionString, AdvisoryLockKey.DemoSeed, ct);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();
        DemoStudyResult? demo = null;
        if (!await db.Studies.AnyAsync(ct))
        {
            demo = await DemoStudy.SeedAsync(db, baseUrl, seed: null, ct);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(demo), ct);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        else if (File.Exists(file))
        {
            demo = JsonSerializer.Deserialize<DemoStudyResult>(await File.ReadAllTextAsync(file, ct));
        }
        Print(demo, file);
    }

    private static void Print(DemoStudyResult? demo, string file)
    {
        if (demo is null)
        {
            Console.WriteLine("Alliance: the database already holds studies; run 'alliance demo' for a fresh demo study and links.");
            return;
        }
        Console.WriteLine($"""

            Alliance demo study {demo.StudyId}: sign in as {demo.Email}
              password, API token and the {demo.Links.Count} open participant links: {file} (readable by you only)

            """);
    }
}
