namespace Alliance.Web.Tests.Instances;

/// <summary>
/// Two instances without a configured key-encryption key: both use the one generated into the data directory they
/// share (the test run's ALLIANCE_DATA_DIR), as two processes on one machine would.
/// </summary>
public sealed class GeneratedKeyPair : InstancePair
{
    protected override IEnumerable<string> Settings => [];
}
