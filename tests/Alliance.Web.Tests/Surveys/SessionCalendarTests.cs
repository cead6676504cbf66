using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alliance.Data.Instruments;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Surveys;

/// <summary>
/// Links follow the session calendar: a link for a session ahead takes no answers until it opens. The tests set the
/// shared clock at their start (<c>AdjustTime</c> may go back), so their order does not matter.
/// </summary>
public class SessionCalendarTests(AppWithFakeClock app) : IClassFixture<AppWithFakeClock>
{
    private static readonly DateTimeOffset Recorded = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private const string Answers = """{"answers": {"sv1": 8, "sv2": 9.5, "sv3": 7, "sv4": 10}}""";

    [Fact]
    public async Task AScheduledFutureSessionsLinkRefusesAnswersUntilItOpensThenAcceptsThem()
    {
        app.Clock.AdjustTime(Recorded);
        var (token, invitationId) = await RecordAsync(new DateOnly(2026, 3, 20));
        var opens = new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero);

        var survey = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{token}");
        Assert.Equal("not_open", survey.GetProperty("status").GetString());
        Assert.Equal(opens, survey.GetProperty("opens_at").GetDateTimeOffset());
        Assert.Equal(opens.AddDays(7), survey.GetProperty("expires_at").GetDateTimeOffset());

        using (var draft = await app.Client.PutAsync(new Uri($"/api/v1/surveys/{token}/draft", UriKind.Relative), Json(Answers)))
        {
            await AssertNotOpenAsync(draft, opens);
        }
        using (var early = await app.Client.SendAsync(SurveyRequests.Submit(token, Answers, "early")))
        {
            await AssertNotOpenAsync(early, opens);
        }
        var page = await app.Client.GetStringAsync(new Uri($"/s/{token}", UriKind.Relative));
        Assert.DoesNotContain("name=\"a.sv1\"", page, StringComparison.Ordinal);
        await using (var db = app.OpenDb())
        {
            Assert.False(await db.Drafts.AnyAsync(d => d.InvitationId == invitationId));
            Assert.False(await db.Responses.AnyAsync(r => r.InvitationId == invitationId));
        }

        app.Clock.AdjustTime(opens);
        survey = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{token}");
        Assert.Equal("open", survey.GetProperty("status").GetString());
        using var onTime = await app.Client.SendAsync(SurveyRequests.Submit(token, Answers, "on-time"));
        Assert.Equal(HttpStatusCode.Created, onTime.StatusCode);
        await using var check = app.OpenDb();
        Assert.Equal(1, await check.Responses.CountAsync(r => r.InvitationId == invitationId));
    }

    [Fact]
    public async Task ALinkExpiresTheSessionDatePlusTheWindowLaterNotAWindowAfterItWasRecorded()
    {
        app.Clock.AdjustTime(Recorded);
        var (token, invitationId) = await RecordAsync(new DateOnly(2026, 4, 10));
        var expires = new DateTimeOffset(2026, 4, 17, 0, 0, 0, TimeSpan.Zero);
        await using (var db = app.OpenDb())
        {
            Assert.Equal(expires, (await db.Invitations.SingleAsync(i => i.InvitationId == invitationId)).ExpiresAt);
        }

        app.Clock.AdjustTime(Recorded.AddDays(7));   // when a link counted from its recording would have run out
        Assert.Equal("not_open", (await StatusAsync(token)));
        app.Clock.AdjustTime(expires.AddSeconds(-1));
        Assert.Equal("open", (await StatusAsync(token)));
        app.Clock.AdjustTime(expires);
        Assert.Equal("expired", (await StatusAsync(token)));
        using var late = await app.Client.SendAsync(SurveyRequests.Submit(token, Answers, "late"));
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
    }

    private async Task<string?> StatusAsync(string token) =>
        (await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{token}")).GetProperty("status").GetString();

    private static async Task AssertNotOpenAsync(HttpResponseMessage response, DateTimeOffset opens)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("not_open", problem.GetProperty("status").GetString());
        Assert.Equal(opens, problem.GetProperty("opens_at").GetDateTimeOffset());
        Assert.Contains(opens.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>
    /// A study whose client fills in the 4-item session form after every session (default window: open on the session
    /// day for 7 days), one dyad, and its session 1 recorded at the app's clock for <paramref name="heldOn"/>.
    /// </summary>
    private async Task<(string Token, Guid InvitationId)> RecordAsync(DateOnly heldOn)
    {
        await using var db = app.OpenDb();
        var study = new Study { Name = "calendar study", Languages = ["en"] };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        var version = await StudyInstruments.FreezeAsync(db, study.StudyId, InstrumentCatalog.ShippedDefinition("session-vas.json")!,
            CancellationToken.None);
        var therapist = new Therapist { StudyId = study.StudyId, TherapistId = Guid.NewGuid(), Code = "T01" };
        var client = new Client { StudyId = study.StudyId, ClientId = Guid.NewGuid(), Code = "C01" };
        var dyad = new Dyad
        {
            StudyId = study.StudyId, DyadId = Guid.NewGuid(), Code = "T01-C01", TherapistId = therapist.TherapistId,
            ClientId = client.ClientId, StartedOn = new DateOnly(2026, 1, 5),
        };
        db.AddRange(therapist, client, dyad, new ScheduledForm
        {
            StudyId = study.StudyId, ScheduledFormId = Guid.NewGuid(), Role = RaterRole.Client, InstrumentVersionId = version.InstrumentVersionId,
        });
        await db.SaveChangesAsync();
        var link = Assert.Single(await InvitationIssuer.RecordSessionsAsync(db, study.StudyId, [new SessionPlan(dyad.DyadId, 1, heldOn)],
            "http://h", app.Clock.GetUtcNow(), CancellationToken.None));
        return (link.Token, link.Invitation.InvitationId);
    }
}
