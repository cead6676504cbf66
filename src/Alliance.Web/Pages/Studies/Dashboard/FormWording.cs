using Alliance.Instruments;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>How both pages name a form and its scale, so a score never appears without the scale it is on.</summary>
internal static class FormWording
{
    /// <summary><c>1–5</c>, <c>0–40</c>; a dash when the form scores nothing.</summary>
    public static string Range(ScoreRange? range) => range?.ToString() ?? "–";

    /// <summary>A score column's header: role, the form's title and its score's range ("Client: Session check — four lines (0–40)").</summary>
    public static string Column(WorkspaceText text, DashboardForm form)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(form);
        return text.Format("dashboard.score." + form.Role.Name(), form.Title.Get(text.Code), Range(form.Range));
    }

    /// <summary>The client forms the rupture rule follows, each with its score and range; empty when there are none.</summary>
    public static string RuptureForms(WorkspaceText text, IEnumerable<DashboardForm> clientForms)
    {
        ArgumentNullException.ThrowIfNull(text);
        var forms = clientForms.Select(f => text.Format("dashboard.form.followed", f.Instrument,
            f.ScoreTitle?.Get(text.Code) ?? f.Construct, Range(f.Range))).ToList();
        return forms.Count == 0 ? "" : text.Format("dashboard.alerts.followed", string.Join("; ", forms));
    }
}
