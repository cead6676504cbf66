using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Mail;

/// <summary>A study's own invitation and reminder templates per language (table <c>mail_templates</c>), else the defaults.</summary>
public static class StudyMailTemplates
{
    /// <summary>The purposes a study writes templates for.</summary>
    public static IReadOnlyList<string> Purposes { get; } = [MailPurposes.SessionInvitation, MailPurposes.SessionReminder];

    /// <summary>The study's template for the purpose and language, else <see cref="DefaultTemplates"/>.</summary>
    public static async Task<MailTemplate> ForAsync(AllianceDbContext db, long studyId, string purpose, string language, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var own = await db.Database.SqlQuery<MailTemplate>($"""
            SELECT subject AS "Subject", body AS "Body" FROM mail_templates
            WHERE study_id = {studyId} AND purpose = {purpose} AND language = {language}
            """).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        return own ?? DefaultTemplates.For(purpose, language);
    }

    /// <summary>
    /// Stores the study's template unless it names placeholders other than <see cref="SessionPlaceholders.All"/>;
    /// returns those (nothing is stored then).
    /// </summary>
    public static async Task<IReadOnlyList<string>> SaveAsync(AllianceDbContext db, long studyId, string purpose, string language,
        MailTemplate template, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(template);
        var unknown = MailTemplate.UnknownPlaceholders(template.Subject + "\n" + template.Body, [.. SessionPlaceholders.All]);
        if (unknown.Count > 0)
        {
            return unknown;
        }
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO mail_templates (study_id, purpose, language, subject, body) VALUES ({studyId}, {purpose}, {language}, {template.Subject}, {template.Body})
            ON CONFLICT (study_id, purpose, language) DO UPDATE SET subject = excluded.subject, body = excluded.body, updated_at = now()
            """, ct).ConfigureAwait(false);
        return [];
    }

    /// <summary>
    /// Copies a study's mail set-up into its duplicate (Lifecycle/StudyDuplicate): its templates, and each schedule
    /// line's reminder delay onto the copy's line (<paramref name="lines"/>: source line id → copy's line id).
    /// </summary>
    public static async Task CopyAsync(AllianceDbContext db, long fromStudy, long toStudy, IReadOnlyDictionary<Guid, Guid> lines,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(lines);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO mail_templates (study_id, purpose, language, subject, body)
            SELECT {toStudy}, purpose, language, subject, body FROM mail_templates WHERE study_id = {fromStudy}
            """, ct).ConfigureAwait(false);
        Guid[] from = [.. lines.Keys];
        Guid[] to = [.. lines.Values];
        await db.Database.ExecuteSqlAsync($"""
            UPDATE scheduled_forms n SET reminder_after_days = o.reminder_after_days
            FROM unnest({from}, {to}) AS m(source_id, copy_id)
            JOIN scheduled_forms o ON o.study_id = {fromStudy} AND o.scheduled_form_id = m.source_id
            WHERE n.study_id = {toStudy} AND n.scheduled_form_id = m.copy_id
            """, ct).ConfigureAwait(false);
    }
}
