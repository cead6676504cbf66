using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Surveys;

/// <summary>Partial answers kept until submission ("save and finish later", autosave).</summary>
public static class Drafts
{
    /// <summary>
    /// Replaces the link's draft with <paramref name="answers"/> in one statement. The NOT EXISTS guard means a draft
    /// arriving after the submission (a late autosave) is dropped instead of lingering beside the response.
    /// </summary>
    public static Task<int> SaveAsync(AllianceDbContext db, ParticipantLink link, IReadOnlyDictionary<string, double?> answers,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(link);
        var json = JsonSerializer.Serialize(answers);
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO drafts (study_id, invitation_id, answers, updated_at)
            SELECT {link.StudyId}, {link.InvitationId}, CAST({json} AS jsonb), now()
            WHERE NOT EXISTS (SELECT 1 FROM responses r WHERE r.study_id = {link.StudyId} AND r.invitation_id = {link.InvitationId})
            ON CONFLICT (study_id, invitation_id) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at
            """, ct);
    }
}
