using System.Data.Common;
using Alliance.Instruments;

namespace Alliance.Data.Export;

/// <summary>
/// One row per dyad, session and construct (<see cref="DyadPairs"/>): the construct, then for the client and the
/// therapist the instrument, its version, when it was submitted and its scores on the instrument's own rule
/// (<c>client_&lt;score&gt;</c>, <c>therapist_&lt;score&gt;</c>), then <c>discrepancy_&lt;score&gt;</c> = client −
/// therapist, filled only where the two forms are declared parallel forms. A form without a partner in the session
/// has a row with the other side empty. Rows are grouped while streaming; one dyad-session is in memory at a time.
/// </summary>
internal static class DyadicLayout
{
    private static readonly RaterRole[] Roles = [RaterRole.Client, RaterRole.Therapist];

    public static async Task<ExportResult> WriteAsync(DbDataReader reader, long studyId, ExportDefinitions definitions,
        TextWriter output, CancellationToken ct)
    {
        var scores = Roles.ToDictionary(role => role, role => ScoreColumns.Role(definitions, role));
        var discrepancies = ScoreColumns.Discrepancy(definitions);
        var columns = MetaColumns.All.Take(7).ToList();
        columns.Add(new ExportColumn("construct", ColumnKind.Text,
            "Construct the row's forms measure (the instrument's construct; its id when the definition names none)"));
        foreach (var rater in Roles)
        {
            var role = rater.Name();
            columns.Add(new ExportColumn($"{role}_instrument", ColumnKind.Text, $"Instrument the {role} answered (empty: no {role} form in this row)"));
            columns.Add(new ExportColumn($"{role}_instrument_version", ColumnKind.Text, $"Version of the {role}'s instrument"));
            columns.Add(new ExportColumn($"{role}_submitted_at", ColumnKind.Timestamp, $"When the {role} submitted (UTC)"));
            columns.AddRange(scores[rater].Select(s => s.Column));
        }
        columns.AddRange(discrepancies.Select(s => s.Column));

        await using var cells = new CsvCells(output);
        await cells.HeaderAsync(columns).ConfigureAwait(false);
        var pairs = new DyadPairs();
        long rows = 0;
        DyadSessionRow? current = null;
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var row = DyadSessionRow.Read(reader, definitions);
            if (current is not null && !current.SameSession(row))
            {
                rows += await WriteAsync(cells, current, pairs, scores, discrepancies).ConfigureAwait(false);
                current = null;
            }
            if (current is null)
            {
                current = row;
            }
            else
            {
                current.Forms.AddRange(row.Forms);
            }
        }
        if (current is not null)
        {
            rows += await WriteAsync(cells, current, pairs, scores, discrepancies).ConfigureAwait(false);
        }
        await cells.FlushAsync().ConfigureAwait(false);
        return new ExportResult(studyId, ExportFormat.Dyadic, columns, rows);
    }

    private static async Task<int> WriteAsync(CsvCells cells, DyadSessionRow session, DyadPairs pairs,
        Dictionary<RaterRole, IReadOnlyList<ScoreColumns.RoleScore>> scores, IReadOnlyList<ScoreColumns.RoleScore> discrepancies)
    {
        var rows = pairs.Split(session.Forms);
        foreach (var row in rows)
        {
            cells.Integer(session.StudyId);
            cells.Text(session.Dyad);
            cells.Text(session.Therapist);
            cells.Text(session.Client);
            cells.Text(session.Arm);
            cells.Integer(session.Session);
            cells.Date(session.SessionDate);
            cells.Text(row.Construct);
            foreach (var role in Roles)
            {
                var form = row.Of(role);
                cells.Text(form?.Instrument.Id);
                cells.Text(form?.Instrument.Version);
                if (form is null)
                {
                    cells.Text(null);
                }
                else
                {
                    cells.Timestamp(form.SubmittedAt);
                }
                foreach (var score in scores[role])
                {
                    cells.Number(form?.Scores.Exact(score.Score));
                }
            }
            // Both sides are present only for a declared pair (DyadPairs), whose scores share ids, rule and range.
            foreach (var score in discrepancies)
            {
                cells.Number(row.Client?.Scores.Exact(score.Score) - row.Therapist?.Scores.Exact(score.Score));
            }
            await cells.EndRowAsync().ConfigureAwait(false);
        }
        return rows.Count;
    }
}
