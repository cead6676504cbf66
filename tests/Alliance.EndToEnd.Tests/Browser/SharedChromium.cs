namespace Alliance.EndToEnd.Tests.Browser;

/// <summary>All browser tests share one Chromium (2-core machines: one browser per run).</summary>
[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "browser";
}
