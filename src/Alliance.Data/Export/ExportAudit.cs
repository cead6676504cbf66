using System.Text.Json;
using System.Text.Json.Serialization;
using Alliance.Data.Embedded;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>
/// The audit entry every export leaves (<c>action = 'export'</c>), written on the primary also when the rows came from
/// a read replica. The one place the CSV, bundle and FHIR exports record themselves.
/// </summary>
internal static class ExportAudit
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>Records an export of <paramref name="studyId"/> by <paramref name="actor"/>; <paramref name="detail"/> becomes the entry's JSON (null members left out).</summary>
    public static async Task RecordAsync(AllianceDatabase database, long studyId, string actor, object detail, CancellationToken ct)
    {
        await using var primary = new NpgsqlConnection(database.Primary);
        await primary.OpenAsync(ct).ConfigureAwait(false);
        await using var audit = new NpgsqlCommand(
            "INSERT INTO audit_log (study_id, audit_id, actor, action, detail, at) VALUES ($1, $2, $3, 'export', $4::jsonb, now())", primary);
        audit.Parameters.Add(new NpgsqlParameter { Value = studyId });
        audit.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        audit.Parameters.Add(new NpgsqlParameter { Value = actor });
        audit.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(detail, detail.GetType(), Json) });
        await audit.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>The study's first language (its export wording), or <see cref="StudyExportException"/> when the study does not exist.</summary>
    public static async Task<string> LanguageAsync(NpgsqlConnection connection, long studyId, CancellationToken ct)
    {
        await using var exists = StudyExport.StudyCommand("SELECT coalesce(languages[1], 'en') FROM studies WHERE study_id = $1", connection, studyId);
        return await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) as string
            ?? throw new StudyExportException($"study {studyId} does not exist");
    }
}
