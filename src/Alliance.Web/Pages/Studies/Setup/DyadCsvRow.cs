namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>One data line of a dyad list, checked for shape (codes, date) but not yet against the study.</summary>
public sealed record DyadCsvRow(int Line, string Therapist, string Client, string? Arm, DateOnly StartedOn)
{
    public string DyadCode => SetupCodes.DyadCode(Therapist, Client);
}
