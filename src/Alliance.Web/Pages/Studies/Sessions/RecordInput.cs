using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// The sessions page's record-one-session form: the dyad (its id), the session number (empty: the dyad's next) and the
/// date it was held. Whether the dyad is one the member sees, and the number still free, is the handler's check.
/// </summary>
public sealed class RecordInput : IFormInput
{
    /// <summary>The highest session number a dyad can have.</summary>
    public const int MaxNumber = 1000;

    public string Dyad { get; set => field = value ?? ""; } = "";

    /// <summary>The session number, or null for the dyad's next one.</summary>
    public int? Number { get; set; }

    public DateOnly? Date { get; set; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Unreadable(nameof(Number)) || Number is < 1 or > MaxNumber)
        {
            check.Add("record-number", "sessions.error.number");
        }
        if (Date is null)
        {
            check.Add("record-date", "sessions.error.date");
        }
    }
}
