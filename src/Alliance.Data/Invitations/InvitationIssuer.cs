using System.Globalization;
using Alliance.Data.Accounts;
using Alliance.Data.Lifecycle;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Invitations;

/// <summary>
/// Records sessions and issues their invitations from the study's schedule: one invitation per
/// <see cref="ScheduledForm"/> line that applies to the session's number (<see cref="ScheduledForm.AppliesTo"/>), with
/// the line's role and frozen instrument version, a fresh random token of which only the SHA-256 is stored, an opening
/// and an expiry from the session's date by the line's <see cref="LinkWindow"/>, and the language of the participant
/// the form is for (the client's for a client form, the therapist's for a therapist form; see
/// <see cref="ParticipantLanguage"/>: the study's first language for a participant without one).
/// The unique index on (study, session, role, instrument version) keeps a slot from being issued twice.
/// </summary>
public static class InvitationIssuer
{
    /// <summary>The participant URL of <paramref name="token"/> under <paramref name="baseUrl"/> (<c>{base}/s/{token}</c>).</summary>
    public static string LinkFor(string baseUrl, string token)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return $"{baseUrl.TrimEnd('/')}/s/{token}";
    }

    /// <summary>The study's schedule in set-up order.</summary>
    public static Task<List<ScheduledForm>> ScheduleAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ScheduledForms.AsNoTracking().Where(f => f.StudyId == studyId)
            .OrderBy(f => f.Position).ThenBy(f => f.Role).ToListAsync(ct);
    }

    /// <summary>
    /// Adds <paramref name="session"/>'s invitations to <paramref name="db"/> (saved with the caller's next
    /// <c>SaveChanges</c>) and returns them with their links. A session no schedule line applies to gets none.
    /// <paramref name="languages"/> are the languages of the session's client and therapist
    /// (<see cref="DyadLanguages.OfDyadAsync"/>).
    /// </summary>
    public static IReadOnlyList<IssuedLink> Issue(AllianceDbContext db, Study study, TherapySession session,
        IEnumerable<ScheduledForm> schedule, DyadLanguages languages, string baseUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(languages);
        if (session.StudyId != study.StudyId)
        {
            throw new ArgumentException("the session belongs to another study", nameof(session));
        }
        StudyLifecycle.RequireIssuing(study.State);
        var links = new List<IssuedLink>();
        foreach (var form in schedule.Where(f => f.StudyId == study.StudyId && f.AppliesTo(session.Number)))
        {
            var token = SecretToken.Create();
            var window = LinkWindow.Of(study, form);
            var opensAt = window.OpensAt(session.HeldOn, now);
            var invitation = new Invitation
            {
                StudyId = study.StudyId, InvitationId = Guid.CreateVersion7(now), SessionId = session.SessionId, Role = form.Role,
                InstrumentVersionId = form.InstrumentVersionId, TokenHash = SecretToken.HashOf(token),
                Status = InvitationStatus.Open, OpensAt = opensAt, ExpiresAt = window.ExpiresAt(opensAt, now),
                Language = languages.For(study, form.Role), CreatedAt = now,
            };
            db.Invitations.Add(invitation);
            links.Add(new IssuedLink(invitation, session, token, LinkFor(baseUrl, token)));
        }
        return links;
    }

    /// <summary>
    /// Records <paramref name="plans"/> (sessions of the study's dyads) and issues their invitations, all in one
    /// transaction: either every session and invitation is stored or none is. Throws
    /// <see cref="ArgumentException"/> for a dyad outside the study, and <see cref="DbUpdateException"/> when a
    /// session number is already taken for its dyad, and <see cref="LifecycleRefusal"/> (nothing stored) in a study that
    /// issues no links (<see cref="StudyStates.IssuesLinks"/>) or for a dyad that has ended.
    /// </summary>
    public static async Task<IReadOnlyList<IssuedLink>> RecordSessionsAsync(AllianceDbContext db, long studyId,
        IReadOnlyCollection<SessionPlan> plans, string baseUrl, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plans);
        var study = await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == studyId, ct).ConfigureAwait(false);
        StudyLifecycle.RequireIssuing(study.State);
        var schedule = await ScheduleAsync(db, studyId, ct).ConfigureAwait(false);
        var dyadIds = plans.Select(p => p.DyadId).Distinct().ToList();
        await DyadEnding.RequireOngoingAsync(db, studyId, dyadIds, ct).ConfigureAwait(false);
        var languages = await DyadLanguages.OfDyadsAsync(db, studyId, dyadIds, ct).ConfigureAwait(false);
        if (languages.Count != dyadIds.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{dyadIds.Count - languages.Count} of the dyads are not in study {studyId}"), nameof(plans));
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var links = new List<IssuedLink>();
        foreach (var plan in plans)
        {
            var session = new TherapySession
            {
                StudyId = studyId, SessionId = Guid.CreateVersion7(now), DyadId = plan.DyadId, Number = plan.Number, HeldOn = plan.HeldOn,
            };
            db.Sessions.Add(session);
            links.AddRange(Issue(db, study, session, schedule, languages[plan.DyadId], baseUrl, now));
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return links;
    }

    /// <summary>
    /// Gives an open (or expired, see <see cref="LinkExpiry"/>) invitation a new token (the old link stops working at once: the invitation holds only the new hash,
    /// and the old one is kept as a <see cref="ReplacedLink"/>, which opens nothing).
    /// It keeps its opening and the length of its window (from its opening, or from its issuing when that came later):
    /// a link that is not open yet keeps its expiry, and a link renewed after it opened is answerable for its whole
    /// window again from <paramref name="now"/>. A link issued before links had an opening time counts its window from
    /// its creation; one without an expiry, or whose expiry lies before its start, gets the study's default window.
    /// It keeps its language unless the participant now has a language of their own that the study offers
    /// (<paramref name="languages"/>, see <see cref="DyadLanguages.OfDyadAsync"/>) and it differs: then the new link is
    /// in that language, so a researcher who corrects a participant's language can hand them a link in it. A
    /// participant without a language of their own keeps the link's language (the study's first language when it was
    /// issued), even if the study's first language changed since: a link does not change language under its holder.
    /// Saved with the caller's next <c>SaveChanges</c>. Throws <see cref="LifecycleRefusal"/> in a study that issues no
    /// links; the caller checks that the dyad has not ended (<see cref="DyadEnding.RequireOngoingAsync"/>).
    /// </summary>
    public static IssuedLink Reissue(Invitation invitation, TherapySession session, Study study, DyadLanguages languages,
        string baseUrl, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(languages);
        if (invitation.StudyId != study.StudyId || session.StudyId != study.StudyId || session.SessionId != invitation.SessionId)
        {
            throw new ArgumentException("the invitation, its session and the study do not belong together", nameof(invitation));
        }
        StudyLifecycle.RequireIssuing(study.State);
        // An expired invitation is one the expiry job marked (LinkExpiry): renewing it reopens it, as renewing a link
        // past its expiry always did.
        if (invitation.Status is not (InvitationStatus.Open or InvitationStatus.Expired))
        {
            throw new InvalidOperationException($"only open or expired invitations get a new link; this one is {invitation.Status.Name()}");
        }
        invitation.Status = InvitationStatus.Open;
        var token = SecretToken.Create();
        if (invitation.TokenHash is { } replaced)
        {
            // Kept so the old link can tell its holder it was replaced, rather than that it never existed.
            invitation.ReplacedLinks.Add(new ReplacedLink
            {
                StudyId = invitation.StudyId, TokenHash = replaced, InvitationId = invitation.InvitationId, ReplacedAt = now,
            });
        }
        invitation.TokenHash = SecretToken.HashOf(token);
        invitation.Language = languages.OwnFor(study, invitation.Role) ?? invitation.Language;
        var opened = invitation.OpensAt ?? invitation.CreatedAt;
        var window = invitation.ExpiresAt - (opened > invitation.CreatedAt ? opened : invitation.CreatedAt);
        // No expiry, or one moved before the link's start (by hand), leaves no window to keep.
        invitation.ExpiresAt = LinkWindow.Expiry(opened, now, window > TimeSpan.Zero ? window.Value : TimeSpan.FromDays(study.DefaultWindowDays));
        return new IssuedLink(invitation, session, token, LinkFor(baseUrl, token));
    }
}
