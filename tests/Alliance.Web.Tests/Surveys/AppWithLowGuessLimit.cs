using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Surveys;

/// <summary>An app whose guessing limit (3 unknown links per address and window) is low enough to reach in a test.</summary>
public sealed class AppWithLowGuessLimit : RunningApp
{
    public const int GuessLimit = 3;

    public AppWithLowGuessLimit()
    {
    }

    /// <summary>A second instance on the database of <paramref name="first"/> (internal: a fixture has one public constructor).</summary>
    internal AppWithLowGuessLimit(AppWithLowGuessLimit first)
        : base(first)
    {
    }

    protected override IEnumerable<string> Settings => ["--Survey:GuessLimit", "3"];
}
