using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Invitations;

/// <summary>
/// The own languages of a dyad's client and therapist (null: none of their own), as issuing needs them: a client's
/// form goes out in the client's language, a therapist's in the therapist's (<see cref="ParticipantLanguage"/>).
/// </summary>
public sealed record DyadLanguages(string? Client, string? Therapist)
{
    /// <summary>A dyad whose client and therapist have no language of their own.</summary>
    public static DyadLanguages None { get; } = new(null, null);

    /// <summary>The language a form for <paramref name="role"/> in this dyad is issued in.</summary>
    public string For(Study study, RaterRole role) => ParticipantLanguage.Of(study, Of(role));

    /// <summary>The own language of the participant answering <paramref name="role"/>'s forms while the study offers it, else null.</summary>
    public string? OwnFor(Study study, RaterRole role) => ParticipantLanguage.OwnOf(study, Of(role));

    private string? Of(RaterRole role) => role switch
    {
        RaterRole.Client => Client,
        RaterRole.Therapist => Therapist,
        _ => null,
    };

    /// <summary>The languages of the dyads of <paramref name="dyadIds"/> that are in study <paramref name="studyId"/>, by dyad id.</summary>
    public static Task<Dictionary<Guid, DyadLanguages>> OfDyadsAsync(AllianceDbContext db, long studyId,
        IReadOnlyCollection<Guid> dyadIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (from d in db.Dyads
                where d.StudyId == studyId && dyadIds.Contains(d.DyadId)
                join c in db.Clients on new { d.StudyId, d.ClientId } equals new { c.StudyId, c.ClientId }
                join t in db.Therapists on new { d.StudyId, d.TherapistId } equals new { t.StudyId, t.TherapistId }
                select new { d.DyadId, Client = c.Language, Therapist = t.Language })
            .AsNoTracking().ToDictionaryAsync(x => x.DyadId, x => new DyadLanguages(x.Client, x.Therapist), ct);
    }

    /// <summary>The languages of one dyad of study <paramref name="studyId"/>; <see cref="None"/> for a dyad it does not have.</summary>
    public static async Task<DyadLanguages> OfDyadAsync(AllianceDbContext db, long studyId, Guid dyadId, CancellationToken ct) =>
        (await OfDyadsAsync(db, studyId, [dyadId], ct).ConfigureAwait(false)).GetValueOrDefault(dyadId) ?? None;
}
