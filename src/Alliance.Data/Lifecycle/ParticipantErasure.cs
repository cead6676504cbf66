using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.Data.Audit;
using Alliance.Data.Mail;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Lifecycle;

/// <summary>
/// Erases a client or therapist on request (GDPR Art. 17), as the study's <see cref="ErasureMode"/> says, in one
/// transaction. Either way their answers, drafts, consent records, contact details, withdrawal reasons and links go,
/// their code and their dyads' codes vanish from the database (past audit entries name random <c>erased-…</c> codes
/// instead), and one audit entry records that an erasure happened, in which mode, and nothing of the person: no code,
/// no id, no answer. The dashboard's summary tables follow by their triggers. Backups made before stay as they were:
/// docs/data.md says how long they are kept.
/// </summary>
public static class ParticipantErasure
{
    /// <summary>The prefix of the random codes erased people and dyads get (anonymise mode) and audit entries name.</summary>
    public const string CodePrefix = "erased-";

    /// <summary>
    /// Erases the <paramref name="role"/> participant <paramref name="participantId"/> of the study; returns the mode used,
    /// or null when the study has no such participant (nothing changed). The caller checks who may (owners) and that
    /// the request was confirmed. <paramref name="outbox"/> is the configured outbox directory (<c>Mail:Outbox</c>; null
    /// for the default), where the copies of their deleted mail are deleted after the commit.
    /// </summary>
    public static async Task<ErasureMode?> EraseAsync(AllianceDbContext db, long studyId, RaterRole role, Guid participantId,
        string actor, DateTimeOffset now, string? outbox, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var isClient = role == RaterRole.Client;
        var settings = await db.Studies.Where(s => s.StudyId == studyId).Select(s => s.Settings).SingleAsync(ct).ConfigureAwait(false);
        var mode = ErasureModes.Of(settings);
        var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            var code = isClient
                ? await db.Clients.Where(c => c.StudyId == studyId && c.ClientId == participantId).Select(c => c.Code).SingleOrDefaultAsync(ct).ConfigureAwait(false)
                : await db.Therapists.Where(t => t.StudyId == studyId && t.TherapistId == participantId).Select(t => t.Code).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (code is null)
            {
                return null;
            }
            var dyads = await db.Dyads.Where(d => d.StudyId == studyId && (isClient ? d.ClientId == participantId : d.TherapistId == participantId))
                .Select(d => new { d.DyadId, d.Code }).ToListAsync(ct).ConfigureAwait(false);
            var sql = new ErasureSql(isClient ? "client_id" : "therapist_id", role.Name());
            object[] args = [studyId, participantId];
            foreach (var statement in mode == ErasureMode.Delete ? sql.Delete : sql.Anonymise)
            {
                await db.Database.ExecuteSqlRawAsync(statement, args, ct).ConfigureAwait(false);
            }
            var renamed = new List<(string Old, string New)>();
            foreach (var dyad in dyads)
            {
                var fresh = NewCode();
                renamed.Add((dyad.Code, fresh));
                if (mode == ErasureMode.Anonymise)
                {
                    var today = DateOnly.FromDateTime(now.UtcDateTime);
                    await db.Dyads.Where(d => d.StudyId == studyId && d.DyadId == dyad.DyadId).ExecuteUpdateAsync(u => u
                        .SetProperty(d => d.Code, fresh)
                        .SetProperty(d => d.EndedOn, d => d.EndedOn ?? (d.StartedOn > today ? d.StartedOn : today)), ct).ConfigureAwait(false);
                }
            }
            var personCode = NewCode();
            renamed.Add((code, personCode));
            // Codes they had before a rename are identifiers too: the code-change entries name them, and so do the dyad
            // codes made of them.
            foreach (var former in await FormerCodesAsync(db, studyId, isClient, code, ct).ConfigureAwait(false))
            {
                renamed.Add((former, NewCode()));
                renamed.AddRange(dyads.Where(d => d.Code.Contains(code, StringComparison.Ordinal))
                    .Select(d => (d.Code.Replace(code, former, StringComparison.Ordinal), NewCode())));
            }
            if (mode == ErasureMode.Anonymise)
            {
                await db.Database.ExecuteSqlRawAsync(sql.AnonymisePerson, [studyId, participantId, personCode, now], ct).ConfigureAwait(false);
            }
            else
            {
                foreach (var statement in sql.DeletePerson)
                {
                    await db.Database.ExecuteSqlRawAsync(statement, args, ct).ConfigureAwait(false);
                }
            }
            // Longest first: a dyad's code contains its people's codes (T01-C01), so it must go before C01 alone does.
            foreach (var (old, fresh) in renamed.OrderByDescending(r => r.Old.Length))
            {
                await ScrubAuditAsync(db, studyId, old, fresh, ct).ConfigureAwait(false);
            }
            // Mail holds their address (encrypted in the queue, in plain text in the outbox's copies).
            var messages = await MailLog.DeleteForParticipantAsync(db, studyId, participantId, ct).ConfigureAwait(false);
            AuditTrail.Add(db, studyId, actor, LifecycleActions.ParticipantErased, new { role = role.Name(), mode = mode.Name(), dyads = dyads.Count });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            OutboxFiles.Delete(OutboxFiles.Directory(outbox), messages);
        }
        return mode;
    }

    /// <summary>The codes the participant had before <paramref name="code"/>, newest first, from the code-change audit entries.</summary>
    private static async Task<List<string>> FormerCodesAsync(AllianceDbContext db, long studyId, bool isClient, string code, CancellationToken ct)
    {
        var action = isClient ? LifecycleActions.ClientCodeChanged : LifecycleActions.TherapistCodeChanged;
        var details = await db.AuditLog.Where(a => a.StudyId == studyId && a.Action == action).OrderByDescending(a => a.At)
            .Select(a => a.Detail).ToListAsync(ct).ConfigureAwait(false);
        var changes = new List<(string From, string To)>();
        foreach (var detail in details)
        {
            using var json = JsonDocument.Parse(detail);
            if (json.RootElement.TryGetProperty("from", out var from) && json.RootElement.TryGetProperty("to", out var to)
                && from.ValueKind == JsonValueKind.String && to.ValueKind == JsonValueKind.String)
            {
                changes.Add((from.GetString()!, to.GetString()!));
            }
        }
        var former = new List<string>();
        var current = code;
        // Newest first: each step back finds the change that produced the code in hand (a code reused later by
        // someone else is not theirs, but the chain stops at the first change into it, which is).
        foreach (var (from, to) in changes)
        {
            if (to == current && !former.Contains(from) && from != code)
            {
                former.Add(from);
                current = from;
            }
        }
        return former;
    }

    /// <summary>A fresh random code (<c>erased-</c> and 12 hex digits): nothing links it to the code it replaces.</summary>
    public static string NewCode() => CodePrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));

    /// <summary>
    /// Replaces <paramref name="old"/> as a whole code (not inside a longer one: C1 in C10 stays) in the study's audit
    /// entries' particulars. Codes are letters, digits and <c>_ . -</c>, so those characters bound a code.
    /// </summary>
    private static Task<int> ScrubAuditAsync(AllianceDbContext db, long studyId, string old, string fresh, CancellationToken ct)
    {
        var pattern = "(^|[^A-Za-z0-9_.-])" + Regex.Escape(old) + "($|[^A-Za-z0-9_.-])";
        return db.Database.ExecuteSqlRawAsync("""
            UPDATE audit_log SET detail = regexp_replace(detail::text, {1}, '\1' || {2} || '\2', 'g')::jsonb
            WHERE study_id = {0} AND detail::text ~ {1}
            """, [studyId, pattern, fresh], ct);
    }
}
