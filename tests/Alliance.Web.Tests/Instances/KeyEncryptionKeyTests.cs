using System.Net;
using Alliance.Data;
using Alliance.Testing.Databases;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// The key that encrypts the key ring at rest: an instance that cannot decrypt the ring must not start (the framework
/// would otherwise add a key of its own that the other instances cannot read, and sign everyone out), and a retired
/// key listed as previous still decrypts what it encrypted.
/// </summary>
public sealed class KeyEncryptionKeyTests : IAsyncLifetime
{
    private ScratchDatabase? _database;

    private string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync() =>
        _database = await TestServer.CreateDatabaseAsync("kek", CancellationToken.None);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task AnInstanceWithAnotherKeyRefusesToStartAndNamesTheSetting()
    {
        await using var first = await WebInstance.StartAsync(ConnectionString, Key(InstancePair.NewKey()));

        var other = await Assert.ThrowsAsync<InvalidOperationException>(
            () => WebInstance.StartAsync(ConnectionString, Key(InstancePair.NewKey())));
        var unset = await Assert.ThrowsAsync<InvalidOperationException>(() => WebInstance.StartAsync(ConnectionString, []));

        foreach (var error in new[] { other, unset })
        {
            Assert.Contains("data-protection key ring", error.Message, StringComparison.Ordinal);
            Assert.Contains("DataProtection:KeyEncryptionKey", error.Message, StringComparison.Ordinal);
        }
        await using var db = AllianceDbContext.Open(ConnectionString);
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
    }

    [Theory]
    [InlineData("not base64 at all")]
    [InlineData("c2hvcnQ=")]
    public async Task AMalformedKeyStopsTheStartNamingTheSettingButNotTheValue(string key)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WebInstance.StartAsync(ConnectionString, Key(key)));

        Assert.Contains("DataProtection:KeyEncryptionKey must be the base64 of 32 random bytes", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARetiredKeyListedAsPreviousStillDecryptsTheRingItEncrypted()
    {
        var retired = InstancePair.NewKey();
        await using var before = await WebInstance.StartAsync(ConnectionString, Key(retired));
        Researchers.Member member;
        await using (var db = AllianceDbContext.Open(ConnectionString))
        {
            member = await Researchers.CreateAsync(db, "owner");
        }
        await using var after = await WebInstance.StartAsync(ConnectionString,
            [.. Key(InstancePair.NewKey()), "--DataProtection:PreviousKeyEncryptionKeys:0", retired]);
        using var browser = new SharedBrowser(before, after);

        using var signIn = await Researchers.PostSignInAsync(browser.A, member.Email, member.Password);
        using var onTheRotatedInstance = await browser.B.GetAsync($"/studies/{member.StudyId}");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onTheRotatedInstance.StatusCode);
    }

    private static string[] Key(string key) => ["--DataProtection:KeyEncryptionKey", key];
}
