using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace SurveyBench;

/// <summary>
/// One study, one dyad and <c>count</c> open session-check invitations whose plain tokens the bench keeps, beside
/// <c>answered</c> earlier invitations whose responses are already stored (as imported data, source <c>import</c>):
/// a live database has responses, and the planner's statistics should say so.
/// </summary>
internal static class BenchInvitations
{
    public static async Task<string[]> CreateAsync(AllianceDbContext db, int count, int answered, CancellationToken ct)
    {
        var study = new Study { Name = "survey bench" };
        db.Studies.Add(study);
        await db.SaveChangesAsync(ct);
        var instrument = InstrumentCatalog.Shipped.Get("session-vas");
        var therapist = new Therapist { StudyId = study.StudyId, TherapistId = Guid.NewGuid(), Code = "T" };
        var client = new Client { StudyId = study.StudyId, ClientId = Guid.NewGuid(), Code = "C" };
        var dyad = new Dyad
        {
            StudyId = study.StudyId, DyadId = Guid.NewGuid(), Code = "T-C", TherapistId = therapist.TherapistId,
            ClientId = client.ClientId, StartedOn = new DateOnly(2026, 1, 1),
        };
        var version = new InstrumentVersion
        {
            StudyId = study.StudyId, InstrumentVersionId = Guid.NewGuid(), InstrumentId = instrument.Id, Version = instrument.Version,
            ContentHash = instrument.ContentHash, Definition = InstrumentCatalog.ShippedDefinition("session-vas.json")!,
        };
        db.AddRange(therapist, client, dyad, version);
        var tokens = new string[count];
        for (var i = 0; i < count + answered; i++)
        {
            var session = new TherapySession { StudyId = study.StudyId, SessionId = Guid.NewGuid(), DyadId = dyad.DyadId, Number = i + 1 };
            var token = SecretToken.Create();
            if (i < count)
            {
                tokens[i] = token;
            }
            db.AddRange(session, new Invitation
            {
                StudyId = study.StudyId, InvitationId = Guid.NewGuid(), SessionId = session.SessionId, Role = RaterRoles.Client,
                InstrumentVersionId = version.InstrumentVersionId, TokenHash = SecretToken.HashOf(token),
                Status = i < count ? InvitationStatuses.Open : InvitationStatuses.Submitted, Language = "en",
                ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            });
        }
        await db.SaveChangesAsync(ct);
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO responses (study_id, response_id, invitation_id, idempotency_key, submitted_at, answers, scores, source)
            SELECT study_id, gen_random_uuid(), invitation_id, 'seed', now(), '{"sv1": 6, "sv2": 7, "sv3": 8, "sv4": 9}', '{"total": 30}', 'import'
            FROM invitations WHERE study_id = {{study.StudyId}} AND status = 'submitted'
            """, ct);
        return tokens;
    }
}
