using System.Globalization;
using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Instruments;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>
/// A study whose alerts are known by construction. Clients fill in the shipped session check (total 0–40, alert
/// <c>total &lt; 36</c>), therapists a form scored by its stored total. Client totals:
/// A-1 38 38 38 38 26 38 (a drop of 12 at session 5, back to 38 at session 6; latest 38, no cutoff alert);
/// B-1 37 37 37 37 33 (latest 33 &lt; 36: a cutoff alert; the drop of 4 is below 2 SD);
/// C-1 36 ×5 (latest 36 is not below 36: no alert).
/// Pooled within-client SD = √(132.8 / 13) ≈ 3.196 (A: Σ(x − 36)² = 120, B: 12.8, C: 0; 16 scores, 3 clients), larger
/// than the SD of the client means (36, 36.2, 36), so the rule's threshold is 2 × 3.196 ≈ 6.39.
/// </summary>
internal static class AlertStudy
{
    public sealed record Built(long StudyId, Researchers.Member Owner, double Sd);

    public static readonly Dictionary<string, double[]> ClientTotals = new(StringComparer.Ordinal)
    {
        ["A-1"] = [38, 38, 38, 38, 26, 38],
        ["B-1"] = [37, 37, 37, 37, 33],
        ["C-1"] = [36, 36, 36, 36, 36],
    };

    /// <summary>Therapist totals per session: 3.5, 3.6, … (the latest is 3.5 + 0.1 × (sessions − 1)).</summary>
    public static double TherapistTotal(int session) => 3.4 + (0.1 * session);

    internal static async Task<Built> CreateAsync(AllianceDbContext db)
    {
        var study = new Study { Name = "Alert study", CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        var id = study.StudyId;
        var client = Version(id, "session-vas");
        var therapist = Version(id, "wa-therapist");
        db.InstrumentVersions.AddRange(client, therapist);
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-70);
        foreach (var (code, totals) in ClientTotals)
        {
            var t = new Therapist { StudyId = id, TherapistId = Guid.NewGuid(), Code = "T-" + code };
            var c = new Client { StudyId = id, ClientId = Guid.NewGuid(), Code = "C-" + code };
            var dyad = new Dyad { StudyId = id, DyadId = Guid.NewGuid(), Code = code, TherapistId = t.TherapistId, ClientId = c.ClientId, StartedOn = start };
            db.AddRange(t, c, dyad);
            for (var n = 1; n <= totals.Length; n++)
            {
                var session = new TherapySession { StudyId = id, SessionId = Guid.NewGuid(), DyadId = dyad.DyadId, Number = n, HeldOn = start.AddDays(7 * n) };
                db.Sessions.Add(session);
                Submit(db, session, RaterRole.Client, client, SessionCheckAnswers(totals[n - 1]), totals[n - 1]);
                Submit(db, session, RaterRole.Therapist, therapist, "{}", TherapistTotal(n));
            }
        }
        await db.SaveChangesAsync();
        var owner = await Researchers.JoinAsync(db, id, StudyRoles.Owner);
        return new Built(id, owner, Math.Sqrt(132.8 / 13));
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

    private static void Submit(AllianceDbContext db, TherapySession session, RaterRole role, InstrumentVersion version, string answers, double total)
    {
        var invitation = new Invitation
        {
            StudyId = session.StudyId, InvitationId = Guid.NewGuid(), SessionId = session.SessionId, Role = role,
            InstrumentVersionId = version.InstrumentVersionId, Status = InvitationStatus.Submitted, Language = "en",
        };
        db.Invitations.Add(invitation);
        db.Responses.Add(new Response
        {
            StudyId = session.StudyId, ResponseId = Guid.NewGuid(), InvitationId = invitation.InvitationId,
            IdempotencyKey = Guid.NewGuid().ToString("N"), SubmittedAt = DateTimeOffset.UtcNow, Answers = answers,
            Scores = string.Create(CultureInfo.InvariantCulture, $"{{\"total\": {total}}}"), Source = "import",
        });
    }

    /// <summary>Four 0–10 answers (one decimal) that add up to <paramref name="total"/>.</summary>
    private static string SessionCheckAnswers(double total)
    {
        var each = Math.Round(total / 4, 1);
        var lastOne = Math.Round(total - (3 * each), 1);
        return string.Create(CultureInfo.InvariantCulture, $"{{\"sv1\": {each}, \"sv2\": {each}, \"sv3\": {each}, \"sv4\": {lastOne}}}");
    }
}
