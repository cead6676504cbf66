using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Instruments;

namespace Alliance.Testing.Surveys;

/// <summary>A minimal study with one dyad and invitations whose plain tokens the test keeps.</summary>
public static class StudySeed
{
    public sealed record Link(string Token, Guid InvitationId, long StudyId);

    /// <summary>Creates a study with one dyad, one session and one invitation per (role, instrument) given.</summary>
    public static async Task<IReadOnlyList<Link>> CreateAsync(AllianceDbContext db, bool consentRequired = false,
        TimeSpan? expiresIn = null, params (string Role, string InstrumentId)[] forms)
    {
        var study = new Study
        {
            Name = "web test study",
            ConsentRequired = consentRequired,
            ConsentTexts = consentRequired ? ConsentText.ForEveryRole("en", "You agree that your answers are used for research.") : [],
            Languages = ["en", "de"],
        };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        var therapist = new Therapist { StudyId = study.StudyId, TherapistId = Guid.NewGuid(), Code = "T01" };
        var client = new Client { StudyId = study.StudyId, ClientId = Guid.NewGuid(), Code = "C01" };
        var dyad = new Dyad
        {
            StudyId = study.StudyId, DyadId = Guid.NewGuid(), Code = "T01-C01", TherapistId = therapist.TherapistId,
            ClientId = client.ClientId, StartedOn = new DateOnly(2026, 1, 5),
        };
        var session = new TherapySession { StudyId = study.StudyId, SessionId = Guid.NewGuid(), DyadId = dyad.DyadId, Number = 1 };
        db.AddRange(therapist, client, dyad, session);
        var versions = new Dictionary<string, InstrumentVersion>(StringComparer.Ordinal);
        var links = new List<Link>();
        foreach (var (role, instrumentId) in forms)
        {
            if (!versions.TryGetValue(instrumentId, out var version))
            {
                var instrument = InstrumentCatalog.Shipped.Get(instrumentId);
                version = new InstrumentVersion
                {
                    StudyId = study.StudyId, InstrumentVersionId = Guid.NewGuid(), InstrumentId = instrument.Id,
                    Version = instrument.Version, ContentHash = instrument.ContentHash,
                    Definition = InstrumentCatalog.ShippedDefinition(instrument.Id + ".json")!,
                };
                versions[instrumentId] = version;
                db.InstrumentVersions.Add(version);
            }
            var token = SecretToken.Create();
            var invitation = new Invitation
            {
                StudyId = study.StudyId, InvitationId = Guid.NewGuid(), SessionId = session.SessionId, Role = RaterRoleNames.Parse(role),
                InstrumentVersionId = version.InstrumentVersionId, TokenHash = SecretToken.HashOf(token),
                Status = InvitationStatus.Open, Language = "en",
                ExpiresAt = DateTimeOffset.UtcNow + (expiresIn ?? TimeSpan.FromDays(7)),
            };
            db.Invitations.Add(invitation);
            links.Add(new Link(token, invitation.InvitationId, study.StudyId));
        }
        await db.SaveChangesAsync();
        return links;
    }
}
