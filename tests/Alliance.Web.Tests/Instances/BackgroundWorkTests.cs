using System.Net;
using System.Text.Json;
using Alliance.Data;
using Alliance.Testing.Databases;
using Alliance.Testing.Surveys;
using Alliance.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// docs/architecture.md, "Background work": work that two instances on one database may both start is done once. The
/// participants' submission queue batches per instance, and the database decides (one response per invitation, the
/// Idempotency-Key tells a retry from a second submission); start-up work that must run once holds an advisory lock.
/// </summary>
public sealed class BackgroundWorkTests(ConfiguredKeyPair pair) : IClassFixture<ConfiguredKeyPair>
{
    private const string Answers = """{"answers":{"sv1":8,"sv2":9.5,"sv3":7,"sv4":10}}""";

    [Fact]
    public async Task OneSubmissionSentToBothInstancesAtOnceIsStoredOnceAndAnsweredAlikeByBoth()
    {
        var link = await LinkAsync();
        using var a = new HttpClient { BaseAddress = pair.A.BaseAddress };
        using var b = new HttpClient { BaseAddress = pair.B.BaseAddress };

        var sent = await Task.WhenAll(
            a.SendAsync(SurveyRequests.Submit(link.Token, Answers, "same-key")),
            b.SendAsync(SurveyRequests.Submit(link.Token, Answers, "same-key")));

        Assert.All(sent, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(sent.Select(async r => JsonDocument.Parse(await r.Content.ReadAsStringAsync())
            .RootElement.GetProperty("response_id").GetString()));
        Assert.Equal(ids[0], ids[1]);
        await using var db = pair.OpenDb();
        Assert.Equal(1, await db.Responses.CountAsync(r => r.InvitationId == link.InvitationId));
    }

    [Fact]
    public async Task TwoSubmissionsOfOneLinkWithDifferentKeysOnTheTwoInstancesStoreOneAndRefuseTheOther()
    {
        var link = await LinkAsync();
        using var a = new HttpClient { BaseAddress = pair.A.BaseAddress };
        using var b = new HttpClient { BaseAddress = pair.B.BaseAddress };

        var sent = await Task.WhenAll(
            a.SendAsync(SurveyRequests.Submit(link.Token, Answers, "from-a")),
            b.SendAsync(SurveyRequests.Submit(link.Token, Answers, "from-b")));

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], sent.Select(r => r.StatusCode).Order());
        await using var db = pair.OpenDb();
        Assert.Equal(1, await db.Responses.CountAsync(r => r.InvitationId == link.InvitationId));
    }

    [Fact]
    public async Task TwoInstancesStartingTogetherOnAnEmptyDatabaseSeedOneDemoStudyAndOneKey()
    {
        await using var database = await TestServer.CreateDatabaseAsync("demo_once", CancellationToken.None);
        string[] settings = ["--Demo:SeedWhenEmpty", "true", "--DataProtection:KeyEncryptionKey", pair.Key];

        var started = await Task.WhenAll(
            WebInstance.StartAsync(database.ConnectionString, settings),
            WebInstance.StartAsync(database.ConnectionString, settings));
        try
        {
            await using var db = AllianceDbContext.Open(database.ConnectionString);
            Assert.Equal(1, await db.Studies.CountAsync());
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        }
        finally
        {
            foreach (var instance in started)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private async Task<StudySeed.Link> LinkAsync()
    {
        await using var db = pair.OpenDb();
        return (await StudySeed.CreateAsync(db, consentRequired: false, expiresIn: null, ("client", "session-vas")))[0];
    }
}
