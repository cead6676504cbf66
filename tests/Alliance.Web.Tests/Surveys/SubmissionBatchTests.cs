using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Testing.Surveys;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Web.Tests.Surveys;

/// <summary>
/// Submissions are stored in batches (group commit). These tests make one store statement of many submissions: the
/// store stage is held on a table lock while they are checked and queue up behind it, then let go. Every submission
/// must get its own answer.
/// </summary>
public sealed class SubmissionBatchTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly Dictionary<string, double> Answers = new() { ["sv1"] = 8, ["sv2"] = 9.5, ["sv3"] = 7, ["sv4"] = 10 };

    [Fact]
    public async Task EverySubmissionInOneBatchGetsItsOwnAnswer()
    {
        var (fresh, replayed, taken, invalid, expired, keyless, twice) = (await LinkAsync(), await LinkAsync(), await LinkAsync(),
            await LinkAsync(), await LinkAsync(TimeSpan.FromSeconds(-1)), await LinkAsync(), await LinkAsync());
        var first = await app.Client.SendAsync(Post(replayed.Token, Answers, "first"));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstId = await ResponseIdAsync(first);
        Assert.Equal(HttpStatusCode.Created, (await app.Client.SendAsync(Post(taken.Token, Answers, "theirs"))).StatusCode);

        var answers = await InOneBatchAsync(
            Post(fresh.Token, Answers, "new"),
            Post(replayed.Token, Answers, "first"),
            Post(taken.Token, Answers, "mine"),
            Post("no-such-link-" + Guid.NewGuid().ToString("N"), Answers, "k"),
            Post(invalid.Token, new Dictionary<string, double>(Answers) { ["sv1"] = 99 }, "k"),
            Post(expired.Token, Answers, "k"),
            Post(keyless.Token, Answers, key: null),
            Post(twice.Token, Answers, "double"),
            Post(twice.Token, Answers, "double"));

        Assert.Equal(
            [HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.NotFound,
             HttpStatusCode.UnprocessableEntity, HttpStatusCode.Gone, HttpStatusCode.BadRequest, HttpStatusCode.Created,
             HttpStatusCode.Created],
            answers.Select(a => a.StatusCode));
        Assert.Equal(firstId, await ResponseIdAsync(answers[1]));
        var problem = await answers[4].Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("sv1", out _));
        Assert.Equal(await ResponseIdAsync(answers[7]), await ResponseIdAsync(answers[8]));
        var stores = new List<int>();
        foreach (var link in new[] { fresh, replayed, taken, invalid, expired, keyless, twice })
        {
            stores.Add(await StoredAsync(link));
        }
        Assert.Equal([1, 1, 1, 0, 0, 0, 1], stores);
        await using var db = app.OpenDb();
        var stored = await db.Responses.SingleAsync(r => r.InvitationId == fresh.InvitationId);
        Assert.Equal(await ResponseIdAsync(answers[0]), stored.ResponseId.ToString());
        Assert.Equal(InvitationStatus.Submitted, (await db.Invitations.SingleAsync(i => i.InvitationId == fresh.InvitationId)).Status);
        Assert.Equal(4, await db.ResponseItems.CountAsync(i => i.ResponseId == stored.ResponseId));
    }

    [Fact]
    public async Task ARowTheDatabaseRefusesCostsTheOthersInItsBatchNothing()
    {
        // A trigger in this test's database refuses one submission's row, as a constraint would; the batch's single
        // statement then fails, and the queue stores the others one by one.
        await ExecuteAsync("""
            CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'refused for the test' USING ERRCODE = 'check_violation'; END $$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON responses
                FOR EACH ROW WHEN (NEW.idempotency_key = 'poison') EXECUTE FUNCTION refuse_poison();
            """);
        try
        {
            var good = new List<StudySeed.Link>();
            for (var i = 0; i < 5; i++)
            {
                good.Add(await LinkAsync());
            }
            var poisoned = await LinkAsync();
            var answers = await InOneBatchAsync(
                [.. good.Select(l => Post(l.Token, Answers, "good")), Post(poisoned.Token, Answers, "poison")]);

            Assert.All(answers[..5], a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
            Assert.Equal(HttpStatusCode.InternalServerError, answers[5].StatusCode);
            foreach (var link in good)
            {
                Assert.Equal(1, await StoredAsync(link));
            }
            Assert.Equal(0, await StoredAsync(poisoned));
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER refuse_poison ON responses; DROP FUNCTION refuse_poison();");
        }
    }

    [Fact]
    public async Task ASubmissionWhoseCommitFailsIsNotAcknowledged()
    {
        // A deferred constraint trigger fails at commit, after the insert returned its rows: the answer must wait
        // for the commit, so these participants get an error (and may retry), never a 201 for answers not stored.
        await ExecuteAsync("""
            CREATE FUNCTION refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'refused at commit for the test' USING ERRCODE = 'check_violation'; END $$;
            CREATE CONSTRAINT TRIGGER refuse_at_commit AFTER INSERT ON responses DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW WHEN (NEW.idempotency_key = 'at-commit') EXECUTE FUNCTION refuse_at_commit();
            """);
        try
        {
            var (good, doomed) = (await LinkAsync(), await LinkAsync());
            var answers = await InOneBatchAsync(Post(good.Token, Answers, "good"), Post(doomed.Token, Answers, "at-commit"));

            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.InternalServerError], answers.Select(a => a.StatusCode));
            Assert.Equal((1, 0), (await StoredAsync(good), await StoredAsync(doomed)));
            Assert.Equal(HttpStatusCode.InternalServerError, (await app.Client.SendAsync(Post(doomed.Token, Answers, "at-commit"))).StatusCode);
            Assert.Equal(0, await StoredAsync(doomed));
        }
        finally
        {
            await ExecuteAsync("DROP TRIGGER refuse_at_commit ON responses; DROP FUNCTION refuse_at_commit();");
        }
    }

    /// <summary>
    /// Holds the store stage on a lock with one submission of its own, sends these while it waits (they are checked
    /// and queue up behind it), then lets go: its next statement stores all of them.
    /// </summary>
    private async Task<HttpResponseMessage[]> InOneBatchAsync(params HttpRequestMessage[] requests)
    {
        var plug = await LinkAsync();
        await using var holder = new NpgsqlConnection(app.ConnectionString);
        await holder.OpenAsync();
        await using var hold = await holder.BeginTransactionAsync();
        await using (var lockDrafts = new NpgsqlCommand("LOCK TABLE drafts IN ACCESS EXCLUSIVE MODE", holder, hold))
        {
            await lockDrafts.ExecuteNonQueryAsync();
        }
        var plugged = app.Client.SendAsync(Post(plug.Token, Answers, "plug"));
        await WaitForLockWaitAsync(holder);
        var sent = requests.Select(app.Client.SendAsync).ToArray();
        // The requests reach the queue within milliseconds; should one be late, it lands in a later batch, which
        // gives it the same answer (the test then checks less, but does not fail).
        await Task.Delay(500);
        await hold.RollbackAsync();
        Assert.Equal(HttpStatusCode.Created, (await plugged).StatusCode);
        return await Task.WhenAll(sent);
    }

    private static async Task WaitForLockWaitAsync(NpgsqlConnection holder)
    {
        await using var waiting = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", holder);
        for (var i = 0; i < 200; i++)
        {
            if ((long)(await waiting.ExecuteScalarAsync())! > 0)
            {
                return;
            }
            await Task.Delay(25);
        }
        Assert.Fail("the store stage never waited on the held lock");
    }

    private async Task<StudySeed.Link> LinkAsync(TimeSpan? expiresIn = null)
    {
        await using var db = app.OpenDb();
        return (await StudySeed.CreateAsync(db, consentRequired: false, expiresIn, ("client", "session-vas")))[0];
    }

    private async Task<int> StoredAsync(StudySeed.Link link)
    {
        await using var db = app.OpenDb();
        return await db.Responses.CountAsync(r => r.InvitationId == link.InvitationId);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ResponseIdAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("response_id").GetString();

    private static HttpRequestMessage Post(string token, Dictionary<string, double> answers, string? key) =>
        SurveyRequests.Submit(token, JsonSerializer.Serialize(new { answers }), key);
}
