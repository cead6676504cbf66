using System.Globalization;
using System.Security.Claims;
using Alliance.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Workspace;

/// <summary>
/// The one gate of everything under <c>/studies/{studyId}</c> and <c>/api/v1/studies/{studyId}</c>, as the
/// authorization handler of <see cref="StudyRoleRequirement"/>. The caller must be a member of the study in the
/// route (else a 404 <see cref="StudyRefusal"/>) in a role the policy admits (else 403). A page's caller is the
/// signed-in account, looked up in the membership table; an API caller is the membership its token belongs to
/// (<see cref="ApiTokenAuthentication"/>). On success the gate stores <see cref="StudyContext"/> (pages) or
/// <see cref="StudyMembership"/> (API) in the request's features, which is all handlers read. A study that requires
/// two-factor sign-in sends a signed-in member without it to enrol (<c>/account/two-factor</c>) before any of its
/// pages; API tokens are not asked (they are made on those pages, by a member who passed this gate).
/// </summary>
internal sealed class StudyGate(AllianceDbContext db) : AuthorizationHandler<StudyRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, StudyRoleRequirement requirement)
    {
        // Signed-out callers are challenged by the policy's authenticated-user requirement.
        if (context.Resource is not HttpContext http || context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        var asked = Convert.ToString(http.GetRouteValue("studyId"), CultureInfo.InvariantCulture);
        var token = ApiTokenAuthentication.MembershipOf(context.User);
        var caller = !long.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var studyId) ? null
            : token is not null ? (token.StudyId == studyId ? new Caller(token.Role, () => http.Features.Set(token)) : null)
            : await MemberAsync(context.User, studyId, http);
        if (caller is null)
        {
            context.Fail(new StudyRefusal(this, StatusCodes.Status404NotFound,
                token is null ? "There is no study with this id." : "There is no study with this id for this token."));
        }
        else if (caller.NeedsSecondFactor)
        {
            context.Fail(new StudyRefusal(this, StatusCodes.Status302Found, "This study requires two-factor sign-in.",
                "/account/two-factor?required=true&lang=" + Localisation.Languages.OrDefault(CultureInfo.CurrentUICulture.Name)));
        }
        else if (!requirement.Roles.Contains(caller.Role))
        {
            context.Fail(new StudyRefusal(this, StatusCodes.Status403Forbidden,
                $"The role {caller.Role} may not do this in study {studyId.ToString(CultureInfo.InvariantCulture)}."));
        }
        else
        {
            caller.Admit();
            context.Succeed(requirement);
        }
    }

    /// <summary>The signed-in account's membership of the study, or null when it has none.</summary>
    private async Task<Caller?> MemberAsync(ClaimsPrincipal user, long studyId, HttpContext http)
    {
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId))
        {
            return null;
        }
        var member = await (
            from m in db.StudyMembers
            where m.StudyId == studyId && m.AccountId == accountId
            join s in db.Studies on m.StudyId equals s.StudyId
            select new
            {
                s.Name, m.Role, m.TherapistId, s.State,
                SecondFactorMissing = s.TwoFactorRequired && !db.TwoFactorSecrets.Any(t => t.AccountId == accountId && t.ConfirmedAt != null),
            })
            .AsNoTracking().SingleOrDefaultAsync(http.RequestAborted);
        return member is null ? null : new Caller(member.Role, () => http.Features.Set(new StudyContext(studyId, member.Name,
            accountId, user.FindFirstValue(ClaimTypes.Name) ?? "", member.Role, member.TherapistId, member.State)), member.SecondFactorMissing);
    }

    private sealed record Caller(string Role, Action Admit, bool NeedsSecondFactor = false);
}
