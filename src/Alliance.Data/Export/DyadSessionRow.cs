using Alliance.Data.Responses;
using Npgsql;

namespace Alliance.Data.Export;

/// <summary>The forms of one dyad and session, gathered from consecutive reader rows.</summary>
internal sealed record DyadSessionRow(long StudyId, string Dyad, string Therapist, string Client, string? Arm, int Session,
    DateOnly? SessionDate, Dictionary<string, DyadForm> Forms)
{
    public static DyadSessionRow Read(NpgsqlDataReader reader)
    {
        var row = new DyadSessionRow(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
            reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetInt32(5),
            reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6), new Dictionary<string, DyadForm>());
        var role = reader.GetString(7);
        var instrument = reader.GetString(8);
        _ = reader.GetString(9);
        _ = reader.GetGuid(10);
        var submitted = reader.GetDateTime(11);
        _ = reader.GetString(12);
        var scores = ResponseScores.Parse(reader.IsDBNull(13) ? null : reader.GetString(13));
        // With several instruments per role, the first (by instrument id) fills the dyadic columns.
        row.Forms[role] = new DyadForm(instrument, submitted, scores);
        return row;
    }

    public DyadSessionRow Merge(DyadSessionRow other)
    {
        foreach (var (role, form) in other.Forms)
        {
            Forms.TryAdd(role, form);
        }
        return this;
    }
}

internal sealed record DyadForm(string Instrument, DateTime SubmittedAt, ResponseScores Scores);
