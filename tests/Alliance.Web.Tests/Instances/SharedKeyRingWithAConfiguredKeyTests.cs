namespace Alliance.Web.Tests.Instances;

/// <summary>Both instances given the same key-encryption key.</summary>
public sealed class SharedKeyRingWithAConfiguredKeyTests(ConfiguredKeyPair pair) : SharedKeyRingTests<ConfiguredKeyPair>(pair);
