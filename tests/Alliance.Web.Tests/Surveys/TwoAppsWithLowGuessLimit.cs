namespace Alliance.Web.Tests.Surveys;

/// <summary>Two instances of the site on one database, as behind a proxy that spreads requests over them.</summary>
public sealed class TwoAppsWithLowGuessLimit : IAsyncLifetime
{
    public TwoAppsWithLowGuessLimit()
    {
        First = new AppWithLowGuessLimit();
        Second = new AppWithLowGuessLimit(First);
    }

    public AppWithLowGuessLimit First { get; }

    public AppWithLowGuessLimit Second { get; }

    public async Task InitializeAsync()
    {
        await First.InitializeAsync();
        await Second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
    }
}
