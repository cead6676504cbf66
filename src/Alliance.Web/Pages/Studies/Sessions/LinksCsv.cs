using System.Globalization;
using System.Text;
using Alliance.Data.Export;
using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Alliance.Web.Pages.Studies.Reminders;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// CSV files of the sessions pages, in the export's conventions: UTF-8 without BOM, LF, invariant numbers, ISO 8601
/// UTC times, text cells neutralised against formula injection (<see cref="SpreadsheetSafety"/>).
/// </summary>
internal static class LinksCsv
{
    /// <summary>
    /// Participant links for mail merge: dyad,session,role,instrument,language,expires_at,url,form_title,opens_at.
    /// Mail-merge scripts read the first seven columns by position, so columns are only ever added at the end.
    /// <c>form_title</c> (the form's title in the participant's language) is filled on every row, also where the
    /// participant has one form in the session, so a letter template can always name the form.
    /// </summary>
    public static byte[] Links(IEnumerable<LinkRow> rows) => Write(
        ["dyad", "session", "role", "instrument", "language", "expires_at", "url", "form_title", "opens_at"],
        rows.Select(r => new[]
        {
            Text(r.Dyad), Integer(r.Session), Text(r.Role), Text(r.Instrument), Text(r.Language), Time(r.ExpiresAt), Text(r.Url),
            Text(r.FormTitle), Time(r.OpensAt),
        }));

    /// <summary>The reminders to-do list (no tokens, no links).</summary>
    public static byte[] Reminders(IEnumerable<ReminderRow> rows) => Write(
        ["dyad", "session", "held_on", "role", "instrument", "status", "days_overdue", "expires_at", "reminded_at", "reminder_count"],
        rows.Select(r => new[]
        {
            Text(r.Dyad), Integer(r.Session), r.HeldOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Text(r.Role),
            Text(r.Instrument), Text(r.Status.Name()), Integer(r.DaysOverdue), Time(r.ExpiresAt), Time(r.RemindedAt), Integer(r.ReminderCount),
        }));

    private static string Text(string value) => SpreadsheetSafety.Neutralise(value);

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Time(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";

    private static byte[] Write(string[] header, IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }
                csv.NextRecord();
            }
        }
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }
}
