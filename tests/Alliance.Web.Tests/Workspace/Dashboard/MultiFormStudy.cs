using System.Globalization;
using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>
/// The multi-form study of issue 14: clients answer the shipped <c>session-vas</c> (total = sum of four 0–10 lines,
/// 0–40, alert <c>total &lt; 36</c>) and <c>wa-client</c> (total = item mean, 1–5), therapists <c>wa-therapist</c>
/// (item mean, 1–5, the declared parallel form of <c>wa-client</c>). One dyad, <c>M-1</c>, three sessions, every form
/// answered through the survey API so each score is the app's own, stored in <c>responses.scores</c>. Session-check
/// totals 38, 36, 30 (the latest below 36: one cutoff alert, on session-vas); the working-alliance forms never go
/// below 3, so a 30 beside them would be a scale mix-up, not a value.
/// </summary>
internal static class MultiFormStudy
{
    public const string DyadCode = "M-1";

    public sealed record Built(long StudyId, Researchers.Member Owner);

    /// <summary>Per session: session-check lines, client and therapist working-alliance items (wa1–wa12).</summary>
    private static readonly (double[] Lines, int[] Client, int[] Therapist)[] Answers =
    [
        ([9.5, 9.5, 9.5, 9.5], [4, 5, 4, 5, 4, 5, 4, 5, 4, 5, 4, 5], [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]),
        ([9, 9, 9, 9], [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4], [4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 4]),
        ([7.5, 7.5, 7.4, 7.6], [3, 4, 4, 4, 3, 4, 4, 4, 3, 4, 4, 4], [5, 4, 4, 4, 5, 4, 4, 4, 5, 4, 4, 4]),
    ];

    internal static async Task<Built> CreateAsync(AllianceDbContext db, HttpClient api)
    {
        var study = new Study { Name = "Multi-form study", CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        var id = study.StudyId;
        var versions = new[] { "session-vas", "wa-client", "wa-therapist" }.ToDictionary(i => i, i => Version(id, i), StringComparer.Ordinal);
        db.InstrumentVersions.AddRange(versions.Values);
        var therapist = new Therapist { StudyId = id, TherapistId = Guid.NewGuid(), Code = "T-M" };
        var client = new Client { StudyId = id, ClientId = Guid.NewGuid(), Code = "C-M" };
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30);
        var dyad = new Dyad { StudyId = id, DyadId = Guid.NewGuid(), Code = DyadCode, TherapistId = therapist.TherapistId, ClientId = client.ClientId, StartedOn = start };
        db.AddRange(therapist, client, dyad);
        var submissions = new List<(string Token, string Json)>();
        for (var n = 1; n <= Answers.Length; n++)
        {
            var session = new TherapySession { StudyId = id, SessionId = Guid.NewGuid(), DyadId = dyad.DyadId, Number = n, HeldOn = start.AddDays(7 * n) };
            db.Sessions.Add(session);
            var (lines, clientItems, therapistItems) = Answers[n - 1];
            submissions.Add((Invite(db, session, RaterRole.Client, versions["session-vas"]), Json(lines.Select((v, i) => ($"sv{i + 1}", v)))));
            submissions.Add((Invite(db, session, RaterRole.Client, versions["wa-client"]), Json(clientItems.Select((v, i) => ($"wa{i + 1}", (double)v)))));
            submissions.Add((Invite(db, session, RaterRole.Therapist, versions["wa-therapist"]), Json(therapistItems.Select((v, i) => ($"wa{i + 1}", (double)v)))));
        }
        await db.SaveChangesAsync();
        foreach (var (token, json) in submissions)
        {
            using var response = await api.SendAsync(SurveyRequests.Submit(token, json, "multi-form"));
            response.EnsureSuccessStatusCode();
        }
        return new Built(id, await Researchers.JoinAsync(db, id, StudyRoles.Owner));
    }

    /// <summary>Every stored followed score (<c>total</c>) of the study: (session, instrument) → value, from <c>responses.scores</c>.</summary>
    internal static async Task<Dictionary<(int Session, string Instrument), double>> StoredTotalsAsync(AllianceDbContext db, long studyId)
    {
        var rows = await (from r in db.Responses
                          where r.StudyId == studyId
                          join i in db.Invitations on r.InvitationId equals i.InvitationId
                          join v in db.InstrumentVersions on i.InstrumentVersionId equals v.InstrumentVersionId
                          join s in db.Sessions on i.SessionId equals s.SessionId
                          select new { s.Number, v.InstrumentId, r.Scores }).ToListAsync();
        return rows.ToDictionary(r => (r.Number, r.InstrumentId),
            r => JsonDocument.Parse(r.Scores!).RootElement.GetProperty("total").GetDouble());
    }

    private static string Invite(AllianceDbContext db, TherapySession session, RaterRole role, InstrumentVersion version)
    {
        var token = SecretToken.Create();
        db.Invitations.Add(new Invitation
        {
            StudyId = session.StudyId, InvitationId = Guid.NewGuid(), SessionId = session.SessionId, Role = role,
            InstrumentVersionId = version.InstrumentVersionId, TokenHash = SecretToken.HashOf(token), Status = InvitationStatus.Open,
            Language = "en", ExpiresAt = DateTimeOffset.UtcNow.AddDays(7),
        });
        return token;
    }

    private static InstrumentVersion Version(long studyId, string instrumentId)
    {
        var instrument = InstrumentCatalog.Shipped.Get(instrumentId);
        return new InstrumentVersion
        {
            StudyId = studyId, InstrumentVersionId = Guid.NewGuid(), InstrumentId = instrument.Id, Version = instrument.Version,
            ContentHash = instrument.ContentHash, Definition = InstrumentCatalog.ShippedDefinition(instrument.Id + ".json")!,
        };
    }

    private static string Json(IEnumerable<(string Item, double Value)> answers) =>
        JsonSerializer.Serialize(new { answers = answers.ToDictionary(a => a.Item, a => a.Value) });
}
