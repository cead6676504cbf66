using Alliance.Data.Responses;
using Alliance.Instruments;
using System.Data.Common;

namespace Alliance.Data.Export;

/// <summary>The forms of one dyad and session, gathered from consecutive reader rows (one group in memory at a time).</summary>
internal sealed record DyadSessionRow(long StudyId, string Dyad, string Therapist, string Client, string? Arm, int Session,
    DateOnly? SessionDate, List<DyadForm> Forms)
{
    /// <summary>Reads one response row of <see cref="ExportQueries.Dyadic"/> (sequential access, columns in order).</summary>
    /// <exception cref="StudyExportException">The response's instrument version is not frozen in the study.</exception>
    public static DyadSessionRow Read(DbDataReader reader, ExportDefinitions definitions)
    {
        var row = new DyadSessionRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5),
            reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6), []);
        var role = RaterRoleNames.Parse(reader.GetString(7));
        var (instrument, version) = (reader.GetString(8), reader.GetString(9));
        _ = reader.GetGuid(10);
        var submitted = reader.GetDateTime(11);
        _ = reader.GetString(12);
        var scores = ResponseScores.Parse(reader.IsDBNull(13) ? null : reader.GetString(13));
        var definition = definitions.Find(instrument, version)
            ?? throw new StudyExportException($"study {row.StudyId}: {instrument} {version} is answered but not frozen in the study");
        row.Forms.Add(new DyadForm(role, definition, submitted, scores));
        return row;
    }

    /// <summary>True when <paramref name="other"/> belongs to the same dyad and session.</summary>
    public bool SameSession(DyadSessionRow other) => Dyad == other.Dyad && Session == other.Session;
}
