namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// One data line of a dyad list, checked for shape (codes, date) but not yet against the study; the languages are as
/// written (null when empty), whether the study offers them is <see cref="DyadImport"/>'s check.
/// </summary>
public sealed record DyadCsvRow(int Line, string Therapist, string Client, string? Arm, DateOnly StartedOn,
    string? TherapistLanguage = null, string? ClientLanguage = null)
{
    public string DyadCode => SetupCodes.DyadCode(Therapist, Client);
}
