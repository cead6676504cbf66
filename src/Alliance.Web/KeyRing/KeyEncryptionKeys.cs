using Alliance.Web.Hosting;

namespace Alliance.Web.KeyRing;

/// <summary>
/// The keys this instance encrypts and decrypts the key ring with: <see cref="Current"/> encrypts every new key and
/// the earlier ones (<c>DataProtection:PreviousKeyEncryptionKeys</c>) only decrypt, so the key can be rotated without
/// losing the keys it encrypted (docs/operations.md, "Configuration for several instances").
/// <para>
/// <c>DataProtection:KeyEncryptionKey</c> unset: the single-machine default, a key generated once into the data
/// directory (owner-only file, like <c>demo-login.json</c>); instances sharing a database but not that directory
/// must all be given the same key instead.
/// </para>
/// </summary>
internal sealed class KeyEncryptionKeys
{
    public const string Setting = "DataProtection:KeyEncryptionKey";

    public const string PreviousSetting = "DataProtection:PreviousKeyEncryptionKeys";

    /// <summary>The generated key's file in the data directory.</summary>
    public const string FileName = "data-protection-key";

    private KeyEncryptionKeys(KeyEncryptionKey current, IReadOnlyList<KeyEncryptionKey> previous, string source, string? file)
    {
        (Current, Source, File) = (current, source, file);
        All = [current, .. previous];
    }

    public KeyEncryptionKey Current { get; }

    /// <summary>The current key first, then the previous ones.</summary>
    public IReadOnlyList<KeyEncryptionKey> All { get; }

    /// <summary>Where the current key came from: the setting's name or the generated file's path.</summary>
    public string Source { get; }

    /// <summary>The generated key's file, when the setting is unset.</summary>
    public string? File { get; }

    public KeyEncryptionKey? Find(string id) => All.FirstOrDefault(k => k.Id == id);

    /// <summary>The configured keys, or the data directory's generated one (created now if missing).</summary>
    public static KeyEncryptionKeys From(IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var previous = SettingList.Read(configuration, PreviousSetting)
            .Select((value, i) => KeyEncryptionKey.Parse(value, $"{PreviousSetting} (entry {i + 1})")).ToList();
        var configured = configuration[Setting];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new KeyEncryptionKeys(KeyEncryptionKey.Parse(configured, Setting), previous, Setting, null);
        }
        var file = Path.Combine(dataDirectory, FileName);
        return new KeyEncryptionKeys(KeyEncryptionKeyFile.ReadOrCreate(file), previous, file, file);
    }
}
