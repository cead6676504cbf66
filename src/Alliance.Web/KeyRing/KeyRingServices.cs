using Alliance.Data;
using Alliance.Data.Embedded;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace Alliance.Web.KeyRing;

/// <summary>
/// One data-protection key ring for every instance on a database (issue 15, item 4): the keys live in
/// <c>data_protection_keys</c>, each encrypted at rest by <see cref="AesGcmXmlEncryptor"/>, under a fixed application
/// name, so a cookie or antiforgery token issued by one instance is read by any other, whatever its directory or
/// content root. See docs/operations.md, "Configuration for several instances".
/// </summary>
internal static class KeyRingServices
{
    /// <summary>Shared by every instance: the framework derives each purpose's keys from it.</summary>
    public const string ApplicationName = "alliance";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services, IConfiguration configuration)
    {
        // Resolved here, so a malformed key stops the start with the setting's name before anything is served.
        var keys = KeyEncryptionKeys.From(configuration, AllianceDataDirectory.Resolve());
        services.AddSingleton(keys);
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<AllianceDbContext>();
        services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new AesGcmXmlEncryptor(keys));
        return services;
    }
}
