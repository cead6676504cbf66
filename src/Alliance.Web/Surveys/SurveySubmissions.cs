using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Web.Surveys;

/// <summary>
/// Stores a participant's answers at most once per invitation. The guard is the database's unique index on
/// (study_id, invitation_id) in <c>responses</c>: whatever the clicks, retries or concurrent requests, one insert
/// wins; a loser with the same Idempotency-Key is answered with the winner's result, any other gets a conflict.
/// A 201 is sent only after the transaction committed, so an acknowledged answer is durable.
/// </summary>
internal sealed class SurveySubmissions(AllianceDbContext db, TimeProvider clock)
{
    public async Task<SubmissionResult> SubmitAsync(SurveyInvitation survey, AnswerPayload payload,
        Dictionary<string, string[]> errors, string idempotencyKey, CancellationToken ct)
    {
        if (survey.Response is { } existing)
        {
            return Replay(existing, idempotencyKey);
        }
        if (!survey.IsOpen)
        {
            return new SubmissionResult(SubmissionOutcome.Closed);
        }
        foreach (var problem in survey.Scorer.Check(payload.Answers, requireRequiredItems: true))
        {
            errors.TryAdd(problem.ItemId, [problem.Message]);
        }
        if (survey.NeedsConsent && !payload.Consent)
        {
            errors.TryAdd("consent", ["this study asks for your consent before your answers can be stored"]);
        }
        if (errors.Count > 0)
        {
            return new SubmissionResult(SubmissionOutcome.Invalid, Errors: errors);
        }

        var sheet = survey.Scorer.Score(payload.Answers);
        var scores = sheet.Scores.ToDictionary(s => s.Id, s => s.Value, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var invitation = survey.Invitation;
        var response = new Response
        {
            StudyId = invitation.StudyId,
            ResponseId = Guid.CreateVersion7(now),
            InvitationId = invitation.InvitationId,
            IdempotencyKey = idempotencyKey,
            SubmittedAt = now,
            Answers = JsonSerializer.Serialize(payload.Answers),
            Scores = JsonSerializer.Serialize(scores),
            Source = "web",
        };
        db.Responses.Add(response);
        if (survey.NeedsConsent)
        {
            db.ConsentRecords.Add(new ConsentRecord
            {
                StudyId = invitation.StudyId,
                ConsentId = Guid.CreateVersion7(now),
                InvitationId = invitation.InvitationId,
                ConsentTextHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(survey.Study.ConsentText ?? ""))),
                GivenAt = now,
            });
        }
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await db.Invitations
                .Where(i => i.StudyId == invitation.StudyId && i.InvitationId == invitation.InvitationId)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatuses.Submitted), ct);
            await db.Drafts
                .Where(d => d.StudyId == invitation.StudyId && d.InvitationId == invitation.InvitationId)
                .ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            var winner = await db.Responses.AsNoTracking().SingleAsync(
                r => r.StudyId == invitation.StudyId && r.InvitationId == invitation.InvitationId, ct);
            return Replay(winner, idempotencyKey);
        }
        return new SubmissionResult(SubmissionOutcome.Created, response.ResponseId, scores);
    }

    private static SubmissionResult Replay(Response stored, string idempotencyKey) =>
        stored.IdempotencyKey == idempotencyKey
            ? new SubmissionResult(SubmissionOutcome.Replayed, stored.ResponseId, ScoresOf(stored))
            : new SubmissionResult(SubmissionOutcome.AlreadySubmitted, stored.ResponseId);

    internal static Dictionary<string, double?> ScoresOf(Response stored) =>
        stored.Scores is null
            ? []
            : JsonSerializer.Deserialize<Dictionary<string, double?>>(stored.Scores) ?? [];
}
