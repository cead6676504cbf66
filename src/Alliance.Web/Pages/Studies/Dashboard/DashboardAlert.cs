using System.Globalization;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// Something about a client's ratings a clinician should look at: the latest score of a form meeting one of its
/// cutoffs (<see cref="Cutoff"/> set), or a rupture found by the rupture rule (<see cref="Rupture"/> set). Always shown
/// as text, with the score on its form's own scale.
/// </summary>
public sealed record DashboardAlert(int Session, double Score, CutoffAlert? Cutoff, RuptureAlert? Rupture)
{
    /// <summary>
    /// The alert as a sentence in the page's language. A cutoff alert always names its form; a rupture alert names it
    /// when <paramref name="nameRuptureForm"/> (the rule follows more than one client form in the study; with one, the
    /// page states the form once).
    /// </summary>
    public string Describe(WorkspaceText text, bool nameRuptureForm)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Cutoff is { } c)
        {
            return text.Format("dashboard.alert.cutoff", c.Instrument, text.Number(Score), Session, c.Expression, c.Label);
        }
        var r = Rupture!;
        var repair = r.RepairSession is int s ? text.Format("dashboard.alert.repaired", s) : text["dashboard.alert.unrepaired"];
        var sentence = text.Format("dashboard.alert.rupture", Session, text.Number(r.PreScore), r.PreSession, text.Number(Score),
            text.Number(r.DepthInSd), repair);
        return nameRuptureForm ? text.Format("dashboard.alert.form", r.Instrument, sentence) : sentence;
    }

    /// <summary>Scores up to two decimals, invariant (the charts' labels); page text uses <see cref="WorkspaceText.Number"/>.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
