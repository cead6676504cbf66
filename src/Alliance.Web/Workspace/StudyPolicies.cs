using Alliance.Data.Model;
using Microsoft.AspNetCore.Authorization;

namespace Alliance.Web.Workspace;

/// <summary>
/// Which study roles may use each part of the workspace: the one table that the authorization policies (decided by
/// <see cref="StudyGate"/>) and the navigation read, so a link is shown exactly where the page would open.
/// </summary>
public static class StudyPolicies
{
    /// <summary>Completion dashboard and dyad pages (clinicians: their own dyads, blinding applied).</summary>
    public const string Overview = "overview";

    /// <summary>Study settings, forms and schedule, arms and blinding.</summary>
    public const string Setup = "setup";

    /// <summary>Therapists, clients and dyads.</summary>
    public const string Participants = "participants";

    /// <summary>Recording and scheduling sessions, issuing links, QR sheets, reminders.</summary>
    public const string Sessions = "sessions";

    /// <summary>CSV exports from the pages, and personal API tokens for the export API.</summary>
    public const string Exports = "exports";

    /// <summary>The audit log.</summary>
    public const string Audit = "audit";

    /// <summary>Members and their roles.</summary>
    public const string Members = "members";

    /// <summary>The study's state (lock, close, archive, unlock), duplicating its set-up, and erasing a participant on request.</summary>
    public const string Lifecycle = "lifecycle";

    private static readonly Dictionary<string, string[]> Roles = new(StringComparer.Ordinal)
    {
        [Overview] = [StudyRoles.Owner, StudyRoles.Researcher, StudyRoles.Analyst, StudyRoles.Clinician],
        [Setup] = [StudyRoles.Owner, StudyRoles.Researcher],
        [Participants] = [StudyRoles.Owner, StudyRoles.Researcher],
        [Sessions] = [StudyRoles.Owner, StudyRoles.Researcher, StudyRoles.Clinician],
        [Exports] = [StudyRoles.Owner, StudyRoles.Researcher, StudyRoles.Analyst],
        [Audit] = [StudyRoles.Owner],
        [Members] = [StudyRoles.Owner],
        [Lifecycle] = [StudyRoles.Owner],
    };

    /// <summary>All policy names.</summary>
    public static IReadOnlyCollection<string> All => Roles.Keys;

    /// <summary>The roles a policy admits. Throws for an unknown policy, so a typo on a page fails its first request.</summary>
    public static IReadOnlyList<string> RolesFor(string policy) =>
        Roles.TryGetValue(policy, out var roles) ? roles : throw new ArgumentException($"unknown study policy '{policy}'", nameof(policy));

    /// <summary>Whether <paramref name="role"/> may use what <paramref name="policy"/> guards.</summary>
    public static bool Allows(string policy, string role) => RolesFor(policy).Contains(role);

    /// <summary>Registers every entry as an authorization policy: a signed-in caller who is a member in one of its roles.</summary>
    internal static void AddTo(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in Roles)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().AddRequirements(new StudyRoleRequirement(roles)));
        }
    }
}
