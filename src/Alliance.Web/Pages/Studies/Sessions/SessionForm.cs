namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>What the two forms of the sessions page show: defaults, or the values just posted when they are re-shown with errors.</summary>
internal sealed record SessionForm(
    string RecordDyad, string RecordNumber, string RecordDate, string BulkDyad, string BulkCount, string BulkFirst, string BulkInterval);
