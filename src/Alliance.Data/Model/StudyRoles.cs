namespace Alliance.Data.Model;

/// <summary>The roles a study member can hold (checked by the database).</summary>
public static class StudyRoles
{
    public const string Owner = "owner";
    public const string Researcher = "researcher";
    public const string Analyst = "analyst";
    public const string Clinician = "clinician";

    /// <summary>All roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Owner, Researcher, Analyst, Clinician];
}
