using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The participants page's add-a-dyad form: a therapist and a client by code, an optional arm, the start date, and
/// optionally a language for the therapist's and for the client's links (nothing chosen: theirs stays as it is).
/// Whether the codes, the arm and the languages are the study's is the handler's check (it needs the database).
/// </summary>
public sealed class DyadInput : IFormInput
{
    public string Therapist { get; set => field = value ?? ""; } = "";

    public string Client { get; set => field = value ?? ""; } = "";

    /// <summary>The arm's code, or null for none.</summary>
    public string? Arm { get; set => field = string.IsNullOrEmpty(value) ? null : value; }

    public DateOnly? StartedOn { get; set; }

    /// <summary>The therapist's language from now on, or null to leave theirs as it is.</summary>
    public string? TherapistLanguage { get; set => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }

    /// <summary>The client's language from now on, or null to leave theirs as it is.</summary>
    public string? ClientLanguage { get; set => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (StartedOn is null)
        {
            check.Add("dyad-started", "setup.dyad.date");
        }
    }
}
