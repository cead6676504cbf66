using Alliance.Instruments;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Import;

/// <summary>The study's therapists, clients, dyads and sessions by code, creating the ones an import names.</summary>
internal sealed class StudyRows(AllianceDbContext db, long studyId)
{
    private Dictionary<string, Therapist> _therapists = [];
    private Dictionary<string, Client> _clients = [];
    private Dictionary<string, Dyad> _dyads = [];
    private Dictionary<(Guid, int), TherapySession> _sessions = [];

    public int NewDyads { get; private set; }

    public int NewSessions { get; private set; }

    public async Task LoadAsync(CancellationToken ct)
    {
        _therapists = await db.Therapists.Where(t => t.StudyId == studyId).ToDictionaryAsync(t => t.Code, ct).ConfigureAwait(false);
        _clients = await db.Clients.Where(c => c.StudyId == studyId).ToDictionaryAsync(c => c.Code, ct).ConfigureAwait(false);
        _dyads = await db.Dyads.Where(d => d.StudyId == studyId).ToDictionaryAsync(d => d.Code, ct).ConfigureAwait(false);
        _sessions = await db.Sessions.Where(s => s.StudyId == studyId).ToDictionaryAsync(s => (s.DyadId, s.Number), ct).ConfigureAwait(false);
    }

    /// <summary>Why the file's dyad contradicts the study (another pairing under the same code), or null.</summary>
    public string? Conflict(ImportedResponse response)
    {
        if (!_dyads.TryGetValue(response.Dyad, out var dyad))
        {
            return null;
        }
        var therapist = _therapists.Values.First(t => t.TherapistId == dyad.TherapistId).Code;
        var client = _clients.Values.First(c => c.ClientId == dyad.ClientId).Code;
        return therapist == response.Therapist && client == response.Client ? null
            : $"dyad {response.Dyad} pairs {therapist} with {client} in the study, not {response.Therapist} with {response.Client}";
    }

    /// <summary>(dyad code, session number, role) of forms of this instrument version that already have a response.</summary>
    public async Task<HashSet<(string, int, RaterRole)>> FormsWithResponsesAsync(Guid instrumentVersionId, CancellationToken ct)
    {
        var rows = await (from r in db.Responses
                          join i in db.Invitations on new { r.StudyId, r.InvitationId } equals new { i.StudyId, i.InvitationId }
                          join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
                          join d in db.Dyads on new { s.StudyId, s.DyadId } equals new { d.StudyId, d.DyadId }
                          where r.StudyId == studyId && i.InstrumentVersionId == instrumentVersionId
                          select new { d.Code, s.Number, i.Role }).ToListAsync(ct).ConfigureAwait(false);
        return [.. rows.Select(r => (r.Code, r.Number, r.Role))];
    }

    /// <summary>The own language of the participant who gave <paramref name="response"/> (after <see cref="Session"/> added them).</summary>
    public string? LanguageOf(ImportedResponse response) => response.Role switch
    {
        RaterRole.Client => _clients[response.Client].Language,
        RaterRole.Therapist => _therapists[response.Therapist].Language,
        _ => null,
    };

    /// <summary>The session row for a response, adding therapist, client, dyad and session when new.</summary>
    public TherapySession Session(ImportedResponse response)
    {
        if (!_therapists.TryGetValue(response.Therapist, out var therapist))
        {
            therapist = _therapists[response.Therapist] = new Therapist
                { StudyId = studyId, TherapistId = Guid.CreateVersion7(), Code = response.Therapist, CreatedAt = DateTimeOffset.UtcNow };
            db.Therapists.Add(therapist);
        }
        if (!_clients.TryGetValue(response.Client, out var client))
        {
            client = _clients[response.Client] = new Client
                { StudyId = studyId, ClientId = Guid.CreateVersion7(), Code = response.Client, CreatedAt = DateTimeOffset.UtcNow };
            db.Clients.Add(client);
        }
        if (!_dyads.TryGetValue(response.Dyad, out var dyad))
        {
            dyad = _dyads[response.Dyad] = new Dyad
            {
                StudyId = studyId, DyadId = Guid.CreateVersion7(), Code = response.Dyad, TherapistId = therapist.TherapistId,
                ClientId = client.ClientId, StartedOn = response.SessionDate ?? DateOnly.FromDateTime(DateTime.UtcNow), Arm = response.Arm,
            };
            db.Dyads.Add(dyad);
            NewDyads++;
        }
        if (!_sessions.TryGetValue((dyad.DyadId, response.Session), out var session))
        {
            session = _sessions[(dyad.DyadId, response.Session)] = new TherapySession
                { StudyId = studyId, SessionId = Guid.CreateVersion7(), DyadId = dyad.DyadId, Number = response.Session, HeldOn = response.SessionDate };
            db.Sessions.Add(session);
            NewSessions++;
        }
        else if (session.HeldOn is null && response.SessionDate is not null)
        {
            session.HeldOn = response.SessionDate;
        }
        return session;
    }
}
