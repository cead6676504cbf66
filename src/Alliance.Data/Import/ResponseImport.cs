using System.Text.Json;
using Alliance.Data.Instruments;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Data.Responses;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Import;

/// <summary>
/// Imports responses collected elsewhere (REDCap, Qualtrics, paper) into a study, validated against one of the
/// study's frozen instruments. All or nothing: the file is checked completely first, then written in one
/// transaction; any problem raises <see cref="ImportRejectedException"/> listing every bad row with line, column
/// and reason, and nothing is written. Therapists, clients, dyads and sessions named in the file are created when
/// missing. A form that already has a response in the study is an error (one response per form).
/// </summary>
public static class ResponseImport
{
    /// <param name="connectionString">Database to write to.</param>
    /// <param name="studyId">Target study.</param>
    /// <param name="instrumentId">Instrument id frozen in the study (its latest frozen version is used).</param>
    /// <param name="input">CSV text (a UTF-8 BOM is fine).</param>
    /// <param name="layout">Long or wide.</param>
    /// <param name="source">Name of the input for messages (e.g. the file path).</param>
    /// <param name="actor">Who imports, for the audit log.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="ImportRejectedException">The file has problems, or the study/instrument is unknown.</exception>
    /// <exception cref="Alliance.Instruments.Loading.InstrumentDefinitionException">The study's frozen definition does not load.</exception>
    public static async Task<ImportResult> ImportAsync(string connectionString, long studyId, string instrumentId, TextReader input,
        ImportLayout layout, string source, string actor, CancellationToken ct)
    {
        await using var db = AllianceDbContext.Open(connectionString);
        await using var transaction = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, ct).ConfigureAwait(false);
        var study = await db.Studies.SingleOrDefaultAsync(s => s.StudyId == studyId, ct).ConfigureAwait(false)
            ?? throw new ImportRejectedException($"study {studyId} does not exist");
        var version = await db.InstrumentVersions.Where(v => v.StudyId == studyId && v.InstrumentId == instrumentId)
            .OrderByDescending(v => v.FrozenAt).FirstOrDefaultAsync(ct).ConfigureAwait(false)
            ?? throw new ImportRejectedException($"instrument {instrumentId} is not used in study {studyId} (freeze it into the study first)");
        var scorer = new InstrumentScorer(StudyInstruments.Load(version));
        var definition = scorer.Instrument;

        var file = new ImportFile(scorer, layout);
        file.Read(input);
        var errors = file.Errors.ToList();
        var writer = new StudyRows(db, studyId);
        await writer.LoadAsync(ct).ConfigureAwait(false);
        foreach (var response in file.Responses.OrderBy(r => r.Line))
        {
            if (writer.Conflict(response) is string conflict)
            {
                errors.Add(new ImportError(response.Line, "dyad", conflict));
            }
        }
        var taken = await writer.FormsWithResponsesAsync(version.InstrumentVersionId, ct).ConfigureAwait(false);
        errors.AddRange(file.Responses.Where(r => taken.Contains((r.Dyad, r.Session, r.Role)))
            .Select(r => new ImportError(r.Line, "session",
                $"dyad {r.Dyad}, session {r.Session}, {r.Role.Name()} already has a {instrumentId} response in study {studyId}")));
        if (errors.Count > 0)
        {
            throw new ImportRejectedException(source, [.. errors.OrderBy(e => e.Line)]);
        }

        var now = DateTimeOffset.UtcNow;
        var answers = 0;
        foreach (var response in file.Responses.OrderBy(r => r.Line))
        {
            var session = writer.Session(response);
            var invitation = new Invitation
            {
                StudyId = studyId, InvitationId = Guid.CreateVersion7(), SessionId = session.SessionId, Role = response.Role,
                InstrumentVersionId = version.InstrumentVersionId, TokenHash = null, Status = InvitationStatus.Submitted,
                Language = ParticipantLanguage.Of(study, writer.LanguageOf(response)), CreatedAt = now,
            };
            db.Invitations.Add(invitation);
            db.Responses.Add(new Response
            {
                StudyId = studyId, ResponseId = Guid.CreateVersion7(), InvitationId = invitation.InvitationId,
                IdempotencyKey = $"import:{invitation.InvitationId:N}", SubmittedAt = response.SubmittedAt ?? now,
                Answers = ResponseAnswers.Json(response.Answers),
                Scores = ResponseScores.Json(scorer.Score(ResponseAnswers.ForScoring(response.Answers))), Source = "import",
            });
            answers += response.Answers.Count;
        }
        var result = new ImportResult(file.Responses.Count, answers, writer.NewDyads, writer.NewSessions, definition.Id, definition.Version);
        db.AuditLog.Add(new AuditEntry
        {
            StudyId = studyId, AuditId = Guid.CreateVersion7(), Actor = actor, Action = "import", At = now,
            Detail = JsonSerializer.Serialize(new
            {
                source, layout = layout.ToString().ToLowerInvariant(), instrument = definition.Id, version = definition.Version,
                responses = result.Responses, answers, new_dyads = result.NewDyads, new_sessions = result.NewSessions,
            }),
        });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return result;
    }
}
