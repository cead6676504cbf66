namespace Alliance.Data.Model;

/// <summary>Who fills in a form.</summary>
public static class RaterRoles
{
    public const string Client = "client";
    public const string Therapist = "therapist";
}
