using Alliance.Testing.Databases;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace.LargeStudy;

/// <summary>
/// Class fixture: the 2,000-dyad study of <see cref="LargeStudyDatabase"/> (the seed of bench/LargeStudyBench) served
/// by the real site, and a browser signed in as its owner. Tests read; none changes the study.
/// </summary>
public sealed class LargeStudySite : IAsyncLifetime
{
    private readonly LargeStudyDatabase _database = new();
    private RunningApp? _app;

    public LargeStudyDatabase Database => _database;

    public RunningApp App => _app ?? throw new InvalidOperationException("not initialised");

    public HttpClient Owner { get; private set; } = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _app = RunningApp.On(_database.ConnectionString);
        await _app.InitializeAsync();
        var study = _database.Study;
        Owner = await Researchers.SignedInAsync(_app, new Researchers.Member(study.Email, study.Password, study.StudyId, study.ApiToken, Guid.Empty, Guid.Empty));
    }

    public async Task DisposeAsync()
    {
        Owner.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        await _database.DisposeAsync();
    }
}
