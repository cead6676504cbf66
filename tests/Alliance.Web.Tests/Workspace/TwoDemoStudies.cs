using Alliance.Data.Demo;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace;

/// <summary>The running app with two demo studies (each with its own owner and API token), seeded on first use.</summary>
public sealed class TwoDemoStudies : RunningApp
{
    private readonly Lazy<Task<(DemoStudyResult Mine, DemoStudyResult Other)>> _seeded;

    public TwoDemoStudies() => _seeded = new(SeedAsync);

    public Task<(DemoStudyResult Mine, DemoStudyResult Other)> StudiesAsync() => _seeded.Value;

    private async Task<(DemoStudyResult, DemoStudyResult)> SeedAsync()
    {
        await using var db = OpenDb();
        var mine = await DemoStudy.SeedAsync(db, BaseAddress.ToString().TrimEnd('/'), 11, CancellationToken.None);
        var other = await DemoStudy.SeedAsync(db, BaseAddress.ToString().TrimEnd('/'), 12, CancellationToken.None);
        return (mine, other);
    }
}
