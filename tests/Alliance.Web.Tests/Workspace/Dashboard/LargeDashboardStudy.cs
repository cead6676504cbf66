using Alliance.Data.Demo;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>
/// The running app with one study of 312 dyads (7 pages of the dashboard's table): the demo study's 24 dyads and 12
/// copies of them made in SQL, each copy with its own therapists and clients. The copies vary what the dashboard
/// counts and flags: every third copy's session 11 was 3 days ago (its open links overdue), every fourth copy's open
/// links are expired, every other copy rates the last answered session check 20 points higher (above its alert cutoff,
/// so those dyads have fewer alerts), every fourth copy rates session 5's session check 0 (a rupture) and each copy's
/// scores are shifted a little. Seeded once per test class; tests only read.
/// </summary>
public sealed class LargeDashboardStudy : RunningApp
{
    public const int Copies = 12;

    private readonly Lazy<Task<DemoStudyResult>> _seeded;

    public LargeDashboardStudy() => _seeded = new(SeedAsync);

    internal Task<DemoStudyResult> StudyAsync() => _seeded.Value;

    private async Task<DemoStudyResult> SeedAsync()
    {
        await using var db = OpenDb();
        var demo = await DemoStudy.SeedAsync(db, BaseAddress.ToString().TrimEnd('/'), 47, CancellationToken.None);
        await db.Database.ExecuteSqlRawAsync(Copy, demo.StudyId, Copies, DemoStudy.SessionForm, DemoStudy.AnsweredSessions + 1);
        return demo;
    }

    /// <summary>{0} study, {1} copies, {2} the session check's instrument id, {3} the first session not answered.</summary>
    private const string Copy = """
        INSERT INTO therapists (study_id, therapist_id, code, contact_encrypted, created_at, language)
            SELECT study_id, md5(therapist_id::text || k)::uuid, code || '-k' || lpad(k::text, 2, '0'), contact_encrypted, created_at, language
            FROM therapists, generate_series(1, {1}) k WHERE study_id = {0};
        INSERT INTO clients (study_id, client_id, code, contact_encrypted, created_at, language)
            SELECT study_id, md5(client_id::text || k)::uuid, code || '-k' || lpad(k::text, 2, '0'), contact_encrypted, created_at, language
            FROM clients, generate_series(1, {1}) k WHERE study_id = {0};
        INSERT INTO dyads (study_id, dyad_id, code, therapist_id, client_id, started_on, ended_on, arm)
            SELECT study_id, md5(dyad_id::text || k)::uuid, code || '-k' || lpad(k::text, 2, '0'), md5(therapist_id::text || k)::uuid,
                md5(client_id::text || k)::uuid, started_on, ended_on, arm
            FROM dyads, generate_series(1, {1}) k WHERE study_id = {0};
        INSERT INTO sessions (study_id, session_id, dyad_id, number, held_on)
            SELECT study_id, md5(session_id::text || k)::uuid, md5(dyad_id::text || k)::uuid, number,
                CASE WHEN k % 3 = 0 AND number = {3} THEN current_date - 3 ELSE held_on END
            FROM sessions, generate_series(1, {1}) k WHERE study_id = {0};
        INSERT INTO invitations (study_id, invitation_id, session_id, role, instrument_version_id, token_hash, status, expires_at, language,
                created_at, reminded_at, reminder_count, opens_at)
            SELECT i.study_id, md5(i.invitation_id::text || k)::uuid, md5(i.session_id::text || k)::uuid, i.role, i.instrument_version_id, NULL,
                CASE WHEN k % 4 = 0 AND i.status = 'open' THEN 'expired' ELSE i.status END,
                i.expires_at, i.language, i.created_at, i.reminded_at, i.reminder_count,
                CASE WHEN k % 3 = 0 AND s.number = {3} THEN (current_date - 3)::timestamptz ELSE i.opens_at END
            FROM invitations i JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id, generate_series(1, {1}) k
            WHERE i.study_id = {0};
        INSERT INTO responses (study_id, response_id, invitation_id, idempotency_key, submitted_at, answers, scores, source)
            SELECT r.study_id, md5(r.response_id::text || k)::uuid, md5(r.invitation_id::text || k)::uuid, r.idempotency_key || '-' || k,
                r.submitted_at, r.answers,
                (SELECT jsonb_object_agg(e.key, CASE WHEN jsonb_typeof(e.value) <> 'number' THEN e.value
                    WHEN k % 4 = 1 AND v.instrument_id = {2} AND s.number = 5 THEN to_jsonb(0)
                    ELSE to_jsonb((e.value::text)::numeric + (k % 5 - 2) * 0.1
                        + CASE WHEN k % 2 = 0 AND v.instrument_id = {2} AND s.number = {3} - 1 THEN 20 ELSE 0 END) END)
                    FROM jsonb_each(r.scores) e),
                r.source
            FROM responses r
            JOIN invitations i ON i.study_id = r.study_id AND i.invitation_id = r.invitation_id
            JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
            JOIN instrument_versions v ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id, generate_series(1, {1}) k
            WHERE r.study_id = {0};
        """;
}
