using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Schema;

/// <summary>
/// The data-protection key ring every web instance reads and writes (the framework's
/// <see cref="DataProtectionKey"/> rows). Like the account tables it has no <c>study_id</c>: a reference table in a
/// distributed deployment. The web host encrypts each key's XML before it is stored, so <c>xml</c> never holds key
/// material in the clear.
/// </summary>
internal static class KeyRingTables
{
    public static void Configure(ModelBuilder b) =>
        b.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("data_protection_keys");
            e.HasKey(x => x.Id);
        });
}
