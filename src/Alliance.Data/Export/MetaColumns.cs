using System.Data.Common;

namespace Alliance.Data.Export;

/// <summary>The identifying columns every row-per-response layout starts with (reader columns 0–11).</summary>
internal static class MetaColumns
{
    public static IReadOnlyList<ExportColumn> All { get; } =
    [
        new("study_id", ColumnKind.WholeNumber, "Study identifier"),
        new("dyad", ColumnKind.Text, "Dyad code (therapist × client pairing)"),
        new("therapist", ColumnKind.Text, "Therapist pseudonymous code"),
        new("client", ColumnKind.Text, "Client pseudonymous code"),
        new("arm", ColumnKind.Text, "Study arm or condition of the dyad (empty if none)"),
        new("session", ColumnKind.WholeNumber, "Session number within the dyad"),
        new("session_date", ColumnKind.Date, "Date the session was held (ISO 8601)"),
        new("role", ColumnKind.Text, "Who answered: client or therapist"),
        new("instrument", ColumnKind.Text, "Instrument id"),
        new("instrument_version", ColumnKind.Text, "Instrument version (frozen by content hash)"),
        new("response_id", ColumnKind.Text, "Response identifier (UUID)"),
        new("submitted_at", ColumnKind.Timestamp, "When the response was submitted (UTC, ISO 8601)"),
    ];

    /// <summary>Writes columns 0–11 in order (sequential access) and returns the instrument id and version.</summary>
    public static (string Instrument, string Version) Write(CsvCells cells, DbDataReader reader)
    {
        cells.Integer(reader.GetInt64(0));
        cells.Text(reader.GetString(1));
        cells.Text(reader.GetString(2));
        cells.Text(reader.GetString(3));
        cells.Text(reader.IsDBNull(4) ? null : reader.GetString(4));
        cells.Integer(reader.GetInt32(5));
        cells.Date(reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6));
        cells.Text(reader.GetString(7));
        var instrument = reader.GetString(8);
        var version = reader.GetString(9);
        cells.Text(instrument);
        cells.Text(version);
        cells.Text(reader.GetGuid(10).ToString());
        cells.Timestamp(reader.GetDateTime(11));
        return (instrument, version);
    }
}
