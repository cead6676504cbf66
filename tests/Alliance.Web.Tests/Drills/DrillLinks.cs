using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Instruments;

namespace Alliance.Web.Tests.Drills;

/// <summary>
/// One study with <c>count</c> open session-check links (one session each, one dyad), and the answers each link will
/// submit: four ratings that differ from link to link, so a stored row can only match the answers it was sent with.
/// </summary>
internal static class DrillLinks
{
    public sealed record Link(string Token, Guid InvitationId, IReadOnlyDictionary<string, double> Answers);

    public static async Task<(long StudyId, IReadOnlyList<Link> Links)> CreateAsync(string connectionString, int count)
    {
        await using var db = AllianceDbContext.Open(connectionString);
        var study = new Study { Name = "fault drill", Languages = ["en", "de"] };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        var instrument = InstrumentCatalog.Shipped.Get("session-vas");
        var therapist = new Therapist { StudyId = study.StudyId, TherapistId = Guid.NewGuid(), Code = "T01" };
        var client = new Client { StudyId = study.StudyId, ClientId = Guid.NewGuid(), Code = "C01" };
        var dyad = new Dyad
        {
            StudyId = study.StudyId, DyadId = Guid.NewGuid(), Code = "T01-C01", TherapistId = therapist.TherapistId,
            ClientId = client.ClientId, StartedOn = new DateOnly(2026, 1, 5),
        };
        var version = new InstrumentVersion
        {
            StudyId = study.StudyId, InstrumentVersionId = Guid.NewGuid(), InstrumentId = instrument.Id, Version = instrument.Version,
            ContentHash = instrument.ContentHash, Definition = InstrumentCatalog.ShippedDefinition("session-vas.json")!,
        };
        db.AddRange(therapist, client, dyad, version);
        var links = new List<Link>(count);
        for (var i = 0; i < count; i++)
        {
            var session = new TherapySession { StudyId = study.StudyId, SessionId = Guid.NewGuid(), DyadId = dyad.DyadId, Number = i + 1 };
            var token = SecretToken.Create();
            var invitation = new Invitation
            {
                StudyId = study.StudyId, InvitationId = Guid.NewGuid(), SessionId = session.SessionId, Role = RaterRole.Client,
                InstrumentVersionId = version.InstrumentVersionId, TokenHash = SecretToken.HashOf(token),
                Status = InvitationStatus.Open, Language = "en", ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            };
            db.AddRange(session, invitation);
            links.Add(new Link(token, invitation.InvitationId, new Dictionary<string, double>
            {
                ["sv1"] = i % 11, ["sv2"] = (i / 11) % 11, ["sv3"] = (i * 7) % 11, ["sv4"] = 10 - i % 11,
            }));
        }
        await db.SaveChangesAsync();
        return (study.StudyId, links);
    }
}
