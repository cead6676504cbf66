using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The participants page's add-a-dyad form: a therapist and a client by code, an optional arm, the start date.
/// Whether the codes and the arm exist in the study is the handler's check (it needs the database).
/// </summary>
public sealed class DyadInput : IFormInput
{
    public string Therapist { get; set => field = value ?? ""; } = "";

    public string Client { get; set => field = value ?? ""; } = "";

    /// <summary>The arm's code, or null for none.</summary>
    public string? Arm { get; set => field = string.IsNullOrEmpty(value) ? null : value; }

    public DateOnly? StartedOn { get; set; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (StartedOn is null)
        {
            check.Add("dyad-started", "setup.dyad.date");
        }
    }
}
