using System.CommandLine;
using System.Text.Json;
using Alliance.Cli.Accounts;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Audit;
using Alliance.Data.Embedded;
using Alliance.Data.Model;
using Alliance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Cli.Tests.Database;

/// <summary>
/// Serialises the classes that point ConnectionStrings__Alliance (process-wide) at their own database: a collection
/// that runs alone, after the parallel ones, so it never overlaps <see cref="DatabaseCommandTests"/>.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SharedConnectionVariable
{
    public const string Name = "ConnectionStrings__Alliance";
}

[Collection(SharedConnectionVariable.Name)]
public sealed class AccountsCommandTests : IAsyncLifetime
{
    private ScratchDatabase? _database;
    private string? _previous;

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("cli_accounts", CancellationToken.None);
        _previous = Environment.GetEnvironmentVariable(AllianceConnection.Variable);
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _previous);
        await _database!.DisposeAsync();
    }

    /// <summary>Runs <c>alliance accounts …</c> with <paramref name="stdin"/> as standard input.</summary>
    private static async Task<CliRun> RunAsync(string stdin, params string[] args)
    {
        var root = new RootCommand("alliance") { AccountsCommand.Create(new StringReader(stdin)) };
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliHost.RunAsync(root, ["accounts", .. args], stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    private async Task<ResearcherAccount?> AccountAsync(string email)
    {
        await using var db = AllianceDbContext.Open(_database!.ConnectionString);
        return await db.ResearcherAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Email == email);
    }

    [Fact]
    public async Task AddWithoutAPasswordGeneratesOnePrintsItOnceAndStoresOnlyItsHash()
    {
        var run = await RunAsync("", "add", "--email", "  Ada.Lovelace@Example.ORG ", "--json");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var password = json.RootElement.GetProperty("password").GetString()!;
        Assert.Equal(20, password.Length);
        Assert.Equal("ada.lovelace@example.org", json.RootElement.GetProperty("email").GetString());
        var account = await AccountAsync("ada.lovelace@example.org");
        Assert.NotNull(account);
        Assert.Equal(json.RootElement.GetProperty("account_id").GetGuid(), account.AccountId);
        Assert.DoesNotContain(password, account.PasswordHash, StringComparison.Ordinal);
        Assert.True(PasswordHashing.Verify(password, account.PasswordHash));
    }

    [Fact]
    public async Task AddWithPasswordStdinUsesTheFirstLineAndPrintsNoPassword()
    {
        var run = await RunAsync("correct horse battery\nsecond line\n", "add", "--email", "grace@example.org", "--password-stdin");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("created account grace@example.org", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("password:", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("correct horse", run.Stdout, StringComparison.Ordinal);
        var account = await AccountAsync("grace@example.org");
        Assert.True(PasswordHashing.Verify("correct horse battery", account!.PasswordHash));
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("Someone <someone@example.org>")]
    [InlineData("two words@example.org")]
    [InlineData("")]
    public async Task AMalformedAddressExitsTwoNamingTheFlagAndStoresNothing(string email)
    {
        var run = await RunAsync("", "add", "--email", email);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--email:", run.Stderr, StringComparison.Ordinal);
        await AllianceDbContext.MigrateAsync(_database!.ConnectionString, CancellationToken.None);
        await using var db = AllianceDbContext.Open(_database!.ConnectionString);
        Assert.Equal(0, await db.ResearcherAccounts.CountAsync());
    }

    [Fact]
    public async Task AnAddressThatIsAlreadyRegisteredExitsTwoAndKeepsTheFirstPassword()
    {
        var first = await RunAsync("first-password-123\n", "add", "--email", "twice@example.org", "--password-stdin");
        var second = await RunAsync("other-password-456\n", "add", "--email", "TWICE@example.org", "--password-stdin");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(2, second.ExitCode);
        Assert.Contains("--email: an account with the address twice@example.org already exists", second.Stderr, StringComparison.Ordinal);
        Assert.True(PasswordHashing.Verify("first-password-123", (await AccountAsync("twice@example.org"))!.PasswordHash));
    }

    [Theory]
    [InlineData("")]
    [InlineData("short\n")]
    public async Task AMissingOrShortPasswordOnStdinExitsTwo(string stdin)
    {
        var run = await RunAsync(stdin, "add", "--email", "short@example.org", "--password-stdin");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--password-stdin:", run.Stderr, StringComparison.Ordinal);
        await AllianceDbContext.MigrateAsync(_database!.ConnectionString, CancellationToken.None);
        Assert.Null(await AccountAsync("short@example.org"));
    }

    [Fact]
    public async Task ListShowsEveryAccountWithItsStudiesAndRoles()
    {
        Assert.Equal(0, (await RunAsync("", "add", "--email", "b@example.org")).ExitCode);
        Assert.Equal(0, (await RunAsync("", "add", "--email", "a@example.org")).ExitCode);
        await using (var db = AllianceDbContext.Open(_database!.ConnectionString))
        {
            var study = new Study { Name = "Listed", CreatedAt = DateTimeOffset.UtcNow };
            db.Studies.Add(study);
            await db.SaveChangesAsync();
            var b = await db.ResearcherAccounts.SingleAsync(a => a.Email == "b@example.org");
            db.StudyMembers.Add(new StudyMember { StudyId = study.StudyId, AccountId = b.AccountId, Role = StudyRoles.Analyst });
            await db.SaveChangesAsync();
        }

        var json = await RunAsync("", "list", "--json");
        var text = await RunAsync("", "list");

        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Stdout);
        var accounts = document.RootElement.GetProperty("accounts").EnumerateArray().ToList();
        Assert.Equal(["a@example.org", "b@example.org"], accounts.Select(a => a.GetProperty("email").GetString()));
        Assert.Empty(accounts[0].GetProperty("studies").EnumerateArray());
        var membership = Assert.Single(accounts[1].GetProperty("studies").EnumerateArray());
        Assert.Equal("analyst", membership.GetProperty("role").GetString());
        Assert.False(accounts[1].GetProperty("locked").GetBoolean());
        Assert.Contains("a@example.org", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("(no study yet)", text.Stdout, StringComparison.Ordinal);
        Assert.Contains(":analyst", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 account(s)", text.Stdout, StringComparison.Ordinal);
    }
    /// <summary>
    /// An operator turns off the two-factor sign-in of someone who lost their authenticator and recovery codes: secret
    /// and codes gone, the account and its password kept, the audit log of their study saying an operator did it.
    /// </summary>
    [Fact]
    public async Task TwoFactorOffDeletesTheSecretAndCodesAndAuditsWhoDidIt()
    {
        Assert.Equal(0, (await RunAsync("", "add", "--email", "lost@example.org")).ExitCode);
        var account = (await AccountAsync("lost@example.org"))!;
        long studyId;
        await using (var db = AllianceDbContext.Open(_database!.ConnectionString))
        {
            var study = new Study { Name = "2FA", CreatedAt = DateTimeOffset.UtcNow };
            db.Studies.Add(study);
            await db.SaveChangesAsync();
            studyId = study.StudyId;
            db.StudyMembers.Add(new StudyMember { StudyId = studyId, AccountId = account.AccountId, Role = StudyRoles.Researcher, AddedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            var twoFactor = new TwoFactorAccounts(db);
            Assert.True(await twoFactor.StartAsync(account.AccountId, "protected", DateTimeOffset.UtcNow, CancellationToken.None));
            Assert.True(await twoFactor.ConfirmAsync(account.AccountId, 1, [[.. Enumerable.Repeat((byte)1, 32)], [.. Enumerable.Repeat((byte)2, 32)]], DateTimeOffset.UtcNow, CancellationToken.None));
        }

        var off = await RunAsync("", "two-factor-off", "--email", " Lost@Example.org ");
        var again = await RunAsync("", "two-factor-off", "--email", "lost@example.org");
        var unknown = await RunAsync("", "two-factor-off", "--email", "nobody@example.org");

        Assert.True(off.ExitCode == 0, off.Stderr);
        Assert.Contains("turned off", off.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("not on", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("nobody@example.org", unknown.Stderr, StringComparison.Ordinal);
        await using var check = AllianceDbContext.Open(_database!.ConnectionString);
        Assert.False(await check.TwoFactorSecrets.AnyAsync(s => s.AccountId == account.AccountId));
        Assert.False(await check.RecoveryCodes.AnyAsync(c => c.AccountId == account.AccountId));
        Assert.Equal(account.PasswordHash, (await AccountAsync("lost@example.org"))!.PasswordHash);
        Assert.Equal(1, await check.AuditLog.CountAsync(e => e.StudyId == studyId && e.Action == AuditActions.TwoFactorRemoved));
        Assert.False(await check.AuditLog.AnyAsync(e => e.StudyId == studyId && e.Action == AuditActions.TwoFactorOff));
    }
}
