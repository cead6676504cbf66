using Alliance.Data.Audit;
using Alliance.Data.Mail;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Lifecycle;

/// <summary>
/// Copies a study's set-up into a new, active study: its settings (languages, consent rule and texts, link windows,
/// contact, the settings object), its frozen instrument versions (same definitions and content hashes, new ids), its
/// own instruments, its schedule (pointing at the copied versions) and its arms. Nothing of its people or data comes
/// along: no therapists, clients, dyads, sessions, links, answers, consent records, withdrawals, tokens or audit
/// entries; the one member is the person who duplicated it, as owner.
/// </summary>
public static class StudyDuplicate
{
    /// <summary>
    /// Creates the copy named <paramref name="name"/> in one transaction and returns its id; both studies' audit logs
    /// say so. Throws <see cref="InvalidOperationException"/> for a study that does not exist.
    /// </summary>
    public static async Task<long> DuplicateAsync(AllianceDbContext db, long studyId, string name, Guid ownerAccountId, string actor,
        DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var source = await db.Studies.AsNoTracking().Include(s => s.ConsentTexts).SingleAsync(s => s.StudyId == studyId, ct).ConfigureAwait(false);
        var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            var copy = new Study
            {
                Name = name.Trim(), ConsentRequired = source.ConsentRequired, Languages = [.. source.Languages],
                DefaultOpeningOffsetDays = source.DefaultOpeningOffsetDays, DefaultWindowDays = source.DefaultWindowDays,
                ContactName = source.ContactName, ContactEmail = source.ContactEmail, ContactPhone = source.ContactPhone,
                Settings = source.Settings, TwoFactorRequired = source.TwoFactorRequired, CreatedAt = now,
                ConsentTexts = [.. source.ConsentTexts.Select(c => new ConsentText { Role = c.Role, Language = c.Language, Text = c.Text })],
            };
            db.Studies.Add(copy);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var id = copy.StudyId;
            var versions = await db.InstrumentVersions.AsNoTracking().Where(v => v.StudyId == studyId).ToListAsync(ct).ConfigureAwait(false);
            var newIds = versions.ToDictionary(v => v.InstrumentVersionId, _ => Guid.CreateVersion7(now));
            db.InstrumentVersions.AddRange(versions.Select(v => new InstrumentVersion
            {
                StudyId = id, InstrumentVersionId = newIds[v.InstrumentVersionId], InstrumentId = v.InstrumentId, Version = v.Version,
                ContentHash = v.ContentHash, Definition = v.Definition, FrozenAt = now,
            }));
            var own = await db.OwnInstruments.AsNoTracking().Where(i => i.StudyId == studyId).ToListAsync(ct).ConfigureAwait(false);
            db.OwnInstruments.AddRange(own.Select(i => new StudyInstrument
            {
                StudyId = id, InstrumentId = i.InstrumentId, Version = i.Version, ContentHash = i.ContentHash, Definition = i.Definition,
                LicenceNote = i.LicenceNote, CreatedAt = now, UpdatedAt = now,
            }));
            var schedule = await db.ScheduledForms.AsNoTracking().Where(f => f.StudyId == studyId).ToListAsync(ct).ConfigureAwait(false);
            var lines = schedule.ToDictionary(f => f.ScheduledFormId, _ => Guid.CreateVersion7(now));
            db.ScheduledForms.AddRange(schedule.Select(f => new ScheduledForm
            {
                StudyId = id, ScheduledFormId = lines[f.ScheduledFormId], Role = f.Role, InstrumentVersionId = newIds[f.InstrumentVersionId],
                SessionNumbers = [.. f.SessionNumbers], Position = f.Position, OpeningOffsetDays = f.OpeningOffsetDays, WindowDays = f.WindowDays,
            }));
            var arms = await db.StudyArms.AsNoTracking().Where(a => a.StudyId == studyId).ToListAsync(ct).ConfigureAwait(false);
            db.StudyArms.AddRange(arms.Select(a => new StudyArm { StudyId = id, Code = a.Code, CliniciansSeeClientRatings = a.CliniciansSeeClientRatings }));
            db.StudyMembers.Add(new StudyMember { StudyId = id, AccountId = ownerAccountId, Role = StudyRoles.Owner, AddedAt = now });
            AuditTrail.Add(db, studyId, actor, LifecycleActions.StudyDuplicated, new { copy = id, name = copy.Name });
            AuditTrail.Add(db, id, actor, LifecycleActions.StudyDuplicatedFrom, new { source = studyId, name = source.Name });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await StudyMailTemplates.CopyAsync(db, studyId, id, lines, ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return id;
        }
    }
}
