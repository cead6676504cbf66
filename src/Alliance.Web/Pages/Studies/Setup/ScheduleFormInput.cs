using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The set-up page's add-a-form form: who rates, which shipped or own instrument, after every session or listed ones, and
/// optionally the line's own link window.</summary>
public sealed class ScheduleFormInput : IFormInput
{
    public string Role { get; set => field = value ?? ""; } = "";

    /// <summary>The rater role <see cref="Role"/> names; call only once <see cref="Check"/> found no problem.</summary>
    public RaterRole Rater => RaterRoleNames.Parse(Role);

    public string Instrument { get; set => field = value ?? ""; } = "";

    /// <summary>
    /// The set-up page's one choice, <c>role:instrument</c> (a radio button per form under each role that can fill it,
    /// <see cref="ShippedForms.For"/>): sets <see cref="Role"/> and <see cref="Instrument"/>, which a client may also post
    /// on their own.
    /// </summary>
    public string Choice
    {
        get => Role + ":" + Instrument;
        set
        {
            var parts = (value ?? "").Split(':', 2);
            (Role, Instrument) = (parts[0], parts.Length > 1 ? parts[1] : "");
        }
    }

    /// <summary><c>every</c> session, or the <c>listed</c> ones.</summary>
    public string SessionsMode { get; set => field = value ?? ""; } = "";

    /// <summary>The listed sessions as typed (<see cref="SessionList"/>).</summary>
    public string Sessions { get; set => field = value ?? ""; } = "";

    /// <summary>Days after (negative: before) the session day that the line's links open; null for the study's default.</summary>
    [SignedNumber]
    public int? OpeningOffsetDays { get; set; }

    /// <summary>Days the line's links stay answerable once open; null for the study's default.</summary>
    public int? WindowDays { get; set; }

    /// <summary>The chosen shipped instrument, or null when there is none with that id (it may be one of the study's own, <see cref="StudyForms"/>).</summary>
    public Instrument? Chosen => ShippedForms.Find(Instrument);

    /// <summary>The session numbers the form is due after; empty for every session.</summary>
    public IReadOnlyList<int> SessionNumbers => SessionsMode == "listed" ? SessionList.Parse(Sessions, out _, out _) ?? [] : [];

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var rater = RaterRoleNames.TryParse(Role, out var parsed) && parsed is RaterRole.Client or RaterRole.Therapist;
        if (!rater)
        {
            check.Add("form-role", "setup.form.role");
        }
        var chosen = Chosen;
        if (chosen is null ? Instrument.Length == 0 : ShippedForms.Definition(chosen) is null)
        {
            // An id no shipped form has may be one of the study's own instruments: the handler looks that up.
            check.Add("form-instrument", "setup.form.instrument");
        }
        else if (chosen is null)
        {
            // Not shipped: the add-a-form handler checks the study's own instrument of that id.
        }
        else if (!chosen.ItemTextInstalled)
        {
            check.Add("form-instrument", "setup.form.licensed", chosen.Id, chosen.Header.ItemTextFile);
        }
        else if (rater && !ShippedForms.RatedBy(chosen, Role))
        {
            check.Add("form-role", "setup.form.rater", chosen.Id, check.Text["setup.role." + Role]);
        }
        if (SessionsMode == "listed")
        {
            SessionList.Parse(Sessions, out var problem, out var value);
            if (problem is not null)
            {
                check.Add("form-sessions", problem, value, SessionList.Highest);
            }
        }
        else if (SessionsMode != "every")
        {
            check.Add("form-sessions-every", "setup.sessions.mode");
        }
        WindowFields.Check(check, OpeningOffsetDays, nameof(OpeningOffsetDays), "form-offset",
            WindowDays, nameof(WindowDays), "form-window", required: false);
    }
}
