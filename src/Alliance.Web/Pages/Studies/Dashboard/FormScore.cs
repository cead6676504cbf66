using Alliance.Instruments;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// A form's followed score in one session (several responses of the form in the session averaged): whose form, which
/// form, which session, which value on the form's own scale. The dashboard's latest score is the last of these.
/// </summary>
public sealed record FormScore(RaterRole Role, string Instrument, int Session, double Score);
