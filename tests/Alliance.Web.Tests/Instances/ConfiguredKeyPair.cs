namespace Alliance.Web.Tests.Instances;

/// <summary>Two instances given the same <c>DataProtection:KeyEncryptionKey</c>, as a multi-instance deployment is.</summary>
public sealed class ConfiguredKeyPair : InstancePair
{
    public string Key { get; } = NewKey();

    protected override IEnumerable<string> Settings => ["--DataProtection:KeyEncryptionKey", Key];
}
