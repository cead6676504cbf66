namespace Alliance.Web.KeyRing;

/// <summary>
/// The single-machine default's key-encryption key: one file in the data directory, readable by its owner only,
/// created on the first start. Instances that start together on one data directory end up with the same key: each
/// writes a candidate beside the file and links it into place, and whoever loses that race reads the winner's.
/// </summary>
internal static class KeyEncryptionKeyFile
{
    public static KeyEncryptionKey ReadOrCreate(string file)
    {
        if (File.Exists(file))
        {
            return KeyEncryptionKey.Parse(File.ReadAllText(file), file);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var candidate = $"{file}.{Environment.ProcessId}.{Guid.NewGuid():N}";
        var key = KeyEncryptionKey.Generate();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var writer = new StreamWriter(candidate, options))
        {
            writer.WriteLine(key.ToBase64());
        }
        try
        {
            File.Move(candidate, file, overwrite: false);
            return key;
        }
        catch (IOException) when (File.Exists(file))
        {
            File.Delete(candidate);
            return KeyEncryptionKey.Parse(File.ReadAllText(file), file);
        }
    }
}
