using Alliance.Data.Accounts;
using Alliance.Data.Demo;
using Alliance.Data.Model;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Demo;

public sealed class DemoStudyTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task DemoSeedsTheDesignedStudyWithOpenLinksForTheNextSession()
    {
        await using var db = database.Open();
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 11, CancellationToken.None);
        var s = demo.StudyId;

        Assert.Equal(6, await db.Therapists.CountAsync(t => t.StudyId == s));
        Assert.Equal(24, await db.Clients.CountAsync(c => c.StudyId == s));
        Assert.Equal(24, await db.Dyads.CountAsync(d => d.StudyId == s));
        // Per dyad: the session form after each of 10 sessions, the client's and the therapist's alliance forms at 3, 6, 10.
        Assert.Equal(24 * (10 + 3 + 3), await db.Responses.CountAsync(r => r.StudyId == s));
        var items = await db.ResponseItems.Where(i => i.StudyId == s).ToListAsync();
        Assert.Equal(24 * (10 * 4 + 6 * 9), items.Count);
        Assert.Contains(items, i => i.Value is null);                    // some skipped items
        var alliance = items.Where(i => i.ItemId.StartsWith('a') && i.Value is not null).ToList();
        var session = items.Where(i => i.ItemId.StartsWith("sv", StringComparison.Ordinal)).ToList();
        Assert.Equal(24 * 10 * 4, session.Count);
        Assert.All(alliance, i => Assert.True(i.Value is >= 1m and <= 5m && decimal.Truncate(i.Value.Value) == i.Value, $"{i.ItemId} = {i.Value}"));
        Assert.All(session, i => Assert.True(i.Value is >= 0m and <= 10m && decimal.Truncate(i.Value.Value * 10) == i.Value * 10, $"{i.ItemId} = {i.Value}"));
        Assert.Contains(session, i => decimal.Truncate(i.Value!.Value) != i.Value);   // the lines use their 0.1 step

        Assert.Equal(24, demo.Links.Count);                               // only the session form is due at session 11
        Assert.All(demo.Links, l => Assert.Equal("client", l.Role));
        Assert.All(demo.Links, l => Assert.Equal($"http://127.0.0.1:5000/s/{l.Token}", l.Url));
        Assert.All(demo.Links, l => Assert.Equal(11, l.Session));
        var hashes = demo.Links.Select(l => SecretToken.HashOf(l.Token)).ToList();
        var open = await db.Invitations.Where(i => i.StudyId == s && i.Status == InvitationStatus.Open).ToListAsync();
        Assert.Equal(24, open.Count);
        Assert.All(hashes, h => Assert.Contains(open, i => i.TokenHash!.SequenceEqual(h)));

        var account = await db.ResearcherAccounts.SingleAsync(a => a.Email == demo.Email);
        Assert.True(PasswordHashing.Verify(demo.Password, account.PasswordHash));
        Assert.False(PasswordHashing.Verify(demo.Password + "x", account.PasswordHash));
        var token = await db.ApiTokens.SingleAsync(t => t.StudyId == s);
        Assert.Equal(SecretToken.HashOf(demo.ApiToken), token.TokenHash);
        Assert.Equal(StudyRoles.Owner, (await db.StudyMembers.SingleAsync(m => m.StudyId == s)).Role);
    }

    [Fact]
    public async Task EachDemoCallCreatesAnotherStudyWithItsOwnResearcher()
    {
        await using var db = database.Open();
        var first = await DemoStudy.SeedAsync(db, "http://x", null, CancellationToken.None);
        var second = await DemoStudy.SeedAsync(db, "http://x", null, CancellationToken.None);
        Assert.NotEqual(first.StudyId, second.StudyId);
        Assert.NotEqual(first.Email, second.Email);
        Assert.NotEqual(first.ApiToken, second.ApiToken);
    }

    [Fact]
    public void PasswordHashesAreTheFrameworkHashersVersion3WithAFreshSalt()
    {
        var hash = PasswordHashing.Hash("correct horse");

        Assert.Equal(0x01, Convert.FromBase64String(hash)[0]);   // Identity's format marker for version 3
        Assert.Equal(PasswordVerificationResult.Success,
            new PasswordHasher<Alliance.Data.Model.ResearcherAccount>().VerifyHashedPassword(null!, hash, "correct horse"));
        Assert.NotEqual(hash, PasswordHashing.Hash("correct horse"));
        Assert.True(PasswordHashing.Verify("correct horse", hash));
        Assert.False(PasswordHashing.Verify("correct horse!", hash));
        Assert.False(PasswordHashing.Verify("correct horse", "not a hash"));
    }

    [Fact]
    public void HashesOfTheEarlierFormatStillVerifyAndAskToBeReplaced()
    {
        var salt = new byte[16];
        var key = System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(
            System.Text.Encoding.UTF8.GetBytes("correct horse"), salt, 1000, System.Security.Cryptography.HashAlgorithmName.SHA256, 32);
        var legacy = $"pbkdf2-sha256$1000${Convert.ToBase64String(salt)}${Convert.ToBase64String(key)}";

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, PasswordHashing.Check("correct horse", legacy));
        Assert.Equal(PasswordVerificationResult.Failed, PasswordHashing.Check("wrong horse", legacy));
    }
}
