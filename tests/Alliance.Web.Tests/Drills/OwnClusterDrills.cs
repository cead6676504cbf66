namespace Alliance.Web.Tests.Drills;

/// <summary>The test classes that stop or crash-restart <see cref="OwnCluster"/>: one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class OwnClusterDrills : ICollectionFixture<OwnCluster>
{
    public const string Name = "own PostgreSQL cluster";
}
