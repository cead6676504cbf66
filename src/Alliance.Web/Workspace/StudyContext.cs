using System.Globalization;
using Alliance.Data.Lifecycle;
using Alliance.Data.Model;

namespace Alliance.Web.Workspace;

/// <summary>
/// Who is looking at which study, as <see cref="StudyGate"/> established it from the sign-in cookie and the
/// membership table. Study pages read it instead of trusting the route.
/// </summary>
/// <param name="StudyId">The study, from the route, confirmed by the membership.</param>
/// <param name="StudyName">The study's name.</param>
/// <param name="AccountId">The signed-in account.</param>
/// <param name="Email">The account's e-mail address.</param>
/// <param name="Role">The account's role in the study (<see cref="Alliance.Data.Model.StudyRoles"/>).</param>
/// <param name="TherapistId">For a clinician, the therapist whose dyads they may see; null otherwise.</param>
/// <param name="State">Where the study stands (<see cref="StudyStates"/>): the layout says so, and the page filter refuses changes to an archived study.</param>
public sealed record StudyContext(long StudyId, string StudyName, Guid AccountId, string Email, string Role, Guid? TherapistId,
    StudyState State = StudyState.Active)
{
    /// <summary>The audit log's actor for page actions.</summary>
    public string Actor => $"account:{AccountId:D} {Email}";

    /// <summary>The study id as it appears in URLs.</summary>
    public string Id => StudyId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether the member is a clinician (sees only their own dyads, and client ratings only where the arm allows).</summary>
    public bool IsClinician => Role == Alliance.Data.Model.StudyRoles.Clinician;

    /// <summary>Whether the member may use the part of the workspace <paramref name="policy"/> guards.</summary>
    public bool May(string policy) => StudyPolicies.Allows(policy, Role);
}
