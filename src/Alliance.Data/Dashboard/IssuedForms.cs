using Alliance.Instruments;
using Npgsql;

namespace Alliance.Data.Dashboard;

/// <summary>
/// Each role and frozen version the study has issued at least one link for — which forms the dashboard shows. One
/// index probe of <c>ix_invitations_study_id_instrument_version_id_role</c> per pair found: the <c>DISTINCT</c> over
/// every link it replaced read all 440,000 links of a 10,000-dyad study on each dashboard and dyad page view (350–400
/// ms under load, now 1–2 ms; docs/architecture.md, "Dashboard summaries").
/// </summary>
public static class IssuedForms
{
    public static Task<List<(RaterRole Role, Guid VersionId)>> ReadAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return DashboardCommand.ReadAsync(db, Sql, [new NpgsqlParameter<long>("study", studyId)],
            r => (RaterRoleNames.Parse(r.GetString(0)), r.GetGuid(1)), ct);
    }

    /// <summary>
    /// A loose index scan: each step jumps to the next (version, role) after the last one found. (An <c>EXISTS</c> per
    /// version and role was planned as a semi-join over all of the index, or, through a <c>LIMIT 1</c>, as a sequential
    /// scan for a role that has no link of that version.)
    /// </summary>
    private const string Sql = """
        WITH RECURSIVE issued AS (
            (SELECT i.instrument_version_id, i.role FROM invitations i WHERE i.study_id = @study
             ORDER BY i.instrument_version_id, i.role LIMIT 1)
            UNION ALL
            SELECT n.instrument_version_id, n.role FROM issued p CROSS JOIN LATERAL (
                SELECT i.instrument_version_id, i.role FROM invitations i
                WHERE i.study_id = @study AND (i.instrument_version_id, i.role) > (p.instrument_version_id, p.role)
                ORDER BY i.instrument_version_id, i.role LIMIT 1) n)
        SELECT role, instrument_version_id FROM issued
        """;
}
