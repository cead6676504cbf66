using System.Text;
using System.Text.Json;
using Alliance.Data.Accounts;
using Alliance.Data.Audit;
using Alliance.Data.Demo;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Lifecycle;

/// <summary>
/// A demo study with one more client who left traces of every kind, each carrying a marker a test can search for: a
/// code (renamed once, so a former code exists), contact details, a dyad with therapist T01, answers of both roles for
/// session 3 (the client's under a marked idempotency key, with consent), a draft for session 6, a withdrawal reason,
/// and audit entries naming them.
/// </summary>
/// <remarks>Every marker ends in a tag of its own, so clients seeded by other tests in the same database never match.</remarks>
internal sealed record ErasableClient(long StudyId, Guid ClientId, Guid TherapistId, Guid DyadId, Guid ClientInvitation, Guid TherapistInvitation,
    string Tag)
{
    public string FormerCode => "Erase.Me-7" + Tag;
    public string Code => "Erase.Me-8" + Tag;
    public string Contact => $"contact-marker-{Tag}@example.org";
    public string IdempotencyKey => "idem-marker-" + Tag;
    public string Reason => "reason-marker-moved-abroad-" + Tag;

    /// <summary>Every marker of the client (codes, contact in clear and as the hex the database shows, key, reason).</summary>
    public IReadOnlyList<string> Markers =>
    [
        FormerCode, Code, "T01-" + FormerCode, "T01-" + Code, Contact, Convert.ToHexStringLower(Encoding.UTF8.GetBytes(Contact)),
        IdempotencyKey, Reason,
    ];

    public static async Task<ErasableClient> SeedAsync(string connectionString)
    {
        var ct = CancellationToken.None;
        var marked = new ErasableClient(0, default, default, default, default, default, Guid.NewGuid().ToString("N")[..8]);
        await using var db = AllianceDbContext.Open(connectionString);
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 17, ct);
        var studyId = demo.StudyId;
        var therapist = await db.Therapists.SingleAsync(t => t.StudyId == studyId && t.Code == "T01");
        var client = new Client
        {
            StudyId = studyId, ClientId = Guid.CreateVersion7(), Code = marked.FormerCode, CreatedAt = DateTimeOffset.UtcNow,
            ContactEncrypted = Encoding.UTF8.GetBytes(marked.Contact), Language = "en",
        };
        db.Clients.Add(client);
        var dyad = new Dyad
        {
            StudyId = studyId, DyadId = Guid.CreateVersion7(), Code = "T01-" + marked.FormerCode, TherapistId = therapist.TherapistId,
            ClientId = client.ClientId, StartedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30)),
        };
        db.Dyads.Add(dyad);
        AuditTrail.Add(db, studyId, "test", "participants.client.add", new { code = marked.FormerCode, language = "en" });
        AuditTrail.Add(db, studyId, "test", "participants.dyad.add", new { dyad = dyad.Code });
        await db.SaveChangesAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var links = await InvitationIssuer.RecordSessionsAsync(db, studyId,
            [new SessionPlan(dyad.DyadId, 3, today.AddDays(-1)), new SessionPlan(dyad.DyadId, 6, today)], "http://127.0.0.1:5000",
            DateTimeOffset.UtcNow.AddDays(-1), ct);
        var third = links.Where(l => l.Session.Number == 3).ToList();
        var clientLink = third.First(l => l.Invitation.Role == RaterRole.Client);
        var therapistLink = third.First(l => l.Invitation.Role == RaterRole.Therapist);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var found = await ParticipantLinks.FindAsync(connection,
            [SecretToken.HashOf(clientLink.Token), SecretToken.HashOf(therapistLink.Token)], false, ct);
        var submissions = new List<AcceptedSubmission>();
        foreach (var (link, key) in new[] { (found[0]!, marked.IdempotencyKey), (found[1]!, "therapist-key") })
        {
            var answers = await AllItemsAsync(db, studyId, link.InstrumentVersionId, 3);
            submissions.Add(new AcceptedSubmission(studyId, link.InvitationId, Guid.CreateVersion7(), key, answers,
                new Dictionary<string, double?> { ["total"] = 3 }, link.Role == RaterRole.Client ? link.ConsentTextHash : null));
        }
        await SubmissionStore.StoreAsync(connection, submissions, DateTimeOffset.UtcNow, ct);

        var sixth = links.First(l => l.Session.Number == 6 && l.Invitation.Role == RaterRole.Client);
        var draftLink = (await ParticipantLinks.FindAsync(connection, [SecretToken.HashOf(sixth.Token)], false, ct))[0]!;
        await Drafts.SaveAsync(db, draftLink, new Dictionary<string, double?> { ["sv1"] = 4 }, ct);

        await Alliance.Data.Lifecycle.ParticipantCodes.RenameAsync(db, studyId, RaterRole.Client, client.ClientId, marked.Code, "test", ct);
        db.Withdrawals.Add(new Withdrawal
        {
            StudyId = studyId, WithdrawalId = Guid.CreateVersion7(), InvitationId = sixth.Invitation.InvitationId,
            ClientId = client.ClientId, Reason = marked.Reason, WithdrawnAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return marked with
        {
            StudyId = studyId, ClientId = client.ClientId, TherapistId = therapist.TherapistId, DyadId = dyad.DyadId,
            ClientInvitation = clientLink.Invitation.InvitationId, TherapistInvitation = therapistLink.Invitation.InvitationId,
        };
    }

    /// <summary>Every item of the frozen version answered <paramref name="value"/>.</summary>
    private static async Task<Dictionary<string, double?>> AllItemsAsync(AllianceDbContext db, long studyId, Guid versionId, double value)
    {
        var definition = await db.InstrumentVersions.Where(v => v.StudyId == studyId && v.InstrumentVersionId == versionId)
            .Select(v => v.Definition).SingleAsync();
        using var json = JsonDocument.Parse(definition);
        return json.RootElement.GetProperty("items").EnumerateArray()
            .ToDictionary(i => i.GetProperty("id").GetString()!, _ => (double?)value, StringComparer.Ordinal);
    }

    /// <summary>The rows, table by table, whose text (every column, as PostgreSQL writes a row) contains a marker.</summary>
    public async Task<List<string>> FoundInDatabaseAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var found = new List<string>();
        foreach (var table in tables)
        {
            foreach (var marker in Markers)
            {
#pragma warning disable CA2100 // the table names come from the catalogue, quoted by quote_ident
                await using var search = new NpgsqlCommand($"SELECT count(*) FROM {table} t WHERE strpos(t::text, $1) > 0", connection);
#pragma warning restore CA2100
                search.Parameters.Add(new NpgsqlParameter<string> { TypedValue = marker });
                if ((long)(await search.ExecuteScalarAsync())! > 0)
                {
                    found.Add($"{table}: {marker}");
                }
            }
        }
        return found;
    }

    /// <summary>The markers <paramref name="text"/> contains.</summary>
    public IEnumerable<string> FoundIn(string text) => Markers.Where(m => text.Contains(m, StringComparison.Ordinal));
}
