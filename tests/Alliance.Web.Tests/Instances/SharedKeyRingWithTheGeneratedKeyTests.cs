namespace Alliance.Web.Tests.Instances;

/// <summary>No key configured: both use the one generated into the data directory they share.</summary>
public sealed class SharedKeyRingWithTheGeneratedKeyTests(GeneratedKeyPair pair) : SharedKeyRingTests<GeneratedKeyPair>(pair);
