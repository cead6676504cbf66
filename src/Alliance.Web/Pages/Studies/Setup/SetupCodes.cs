using System.Text.RegularExpressions;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The shapes of the codes a study's set-up accepts.</summary>
public static partial class SetupCodes
{
    /// <summary>Pseudonymous therapist and client codes: 1–64 of letters, digits, <c>_ . -</c>.</summary>
    public static bool IsParticipantCode(string code) => ParticipantPattern().IsMatch(code);

    /// <summary>Arm codes: 1–64 of letters, digits, <c>_ -</c>.</summary>
    public static bool IsArmCode(string code) => ArmPattern().IsMatch(code);

    /// <summary>The code of a dyad: therapist code, hyphen, client code (as the demo's <c>T01-C01</c>).</summary>
    public static string DyadCode(string therapist, string client) => therapist + "-" + client;

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ParticipantPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex ArmPattern();
}
