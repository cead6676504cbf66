using System.Security.Cryptography;
using Alliance.Data.Coordination;
using Alliance.Data.Schema;
using Alliance.Web.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Alliance.Web.KeyRing;

/// <summary>
/// Checks the shared key ring before the instance serves anything, and makes sure it has a key.
/// <list type="bullet">
/// <item>Every key still in use must decrypt with this instance's <see cref="KeyEncryptionKeys"/>. Otherwise the
/// framework would treat them as unusable and quietly add a key of its own, which the other instances in turn could
/// not read; a wrong or missing key-encryption key stops the start instead, naming the setting.</item>
/// <item>The first key is made under an advisory lock (<see cref="AdvisoryLockKey.KeyRing"/>), so instances starting
/// together on an empty ring agree on one key instead of each making its own.</item>
/// </list>
/// </summary>
internal static partial class KeyRingStartup
{
    public static async Task RunAsync(WebApplication app, CancellationToken ct)
    {
        var keys = app.Services.GetRequiredService<KeyEncryptionKeys>();
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KeyRingStartup));
        if (keys.File is { } file)
        {
            LogGeneratedKey(log, file, KeyEncryptionKeys.Setting);
        }
        var endpoint = app.Services.GetRequiredService<DatabaseEndpoint>();
        if (!await SchemaProbe.HasTableAsync(endpoint.ConnectionString, Table, ct))
        {
            // Not migrated (Database:MigrateOnStartup off): the instance starts and reports itself unhealthy, as it
            // would for any other missing table; the ring is checked at the first start after migrating.
            LogNoTable(log, Table);
            return;
        }
        await using (await AdvisoryLock.TakeAsync(endpoint.ConnectionString, AdvisoryLockKey.KeyRing, ct))
        {
            // The framework dates its keys by the system clock, whatever clock the app was given.
            var now = DateTimeOffset.UtcNow;
            foreach (var key in app.Services.GetRequiredService<IKeyManager>().GetAllKeys())
            {
                if (key.IsRevoked || key.ExpirationDate <= now)
                {
                    continue;
                }
                try
                {
                    _ = key.Descriptor;
                }
                catch (Exception e) when (e is CryptographicException or FormatException or System.Xml.XmlException)
                {
                    throw new InvalidOperationException($"Alliance cannot read its data-protection key ring: {e.Message}", e);
                }
            }
            // Protecting anything makes the framework load the ring and create its first key if there is none.
            app.Services.GetDataProtector(typeof(KeyRingStartup).FullName!).Protect([0]);
        }
    }

    private const string Table = "data_protection_keys";

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database has no {Table} table (not migrated): the key ring was not checked.")]
    private static partial void LogNoTable(ILogger log, string table);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Data-protection keys are encrypted at rest with the key in {File} ({Setting} is unset); instances that do not share this file need the same key configured.")]
    private static partial void LogGeneratedKey(ILogger log, string file, string setting);
}
