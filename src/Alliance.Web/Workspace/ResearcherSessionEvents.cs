using Alliance.Data;
using Alliance.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Alliance.Web.Workspace;

/// <summary>
/// Makes the sign-in cookie only as good as its session row: on every request that carries the cookie, the session
/// it names must still exist for its account (one primary-key lookup in <c>sign_in_sessions</c>), else the cookie
/// is refused and deleted. So sign-out, sign-out everywhere and a password change end sessions on every instance at
/// the next request, copied cookies included. When the sliding cookie is renewed, the row's expiry moves with it.
/// </summary>
internal sealed class ResearcherSessionEvents(AllianceDbContext db, TimeProvider time) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var account = ResearcherSessions.AccountOf(context.Principal);
        var session = ResearcherSessions.SessionOf(context.Principal);
        var ct = context.HttpContext.RequestAborted;
        if (account is null || session is null
            || !await new SignInSessions(db).IsLiveAsync(session.Value, account.Value, time.GetUtcNow(), ct))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    public override async Task CheckSlidingExpiration(CookieSlidingExpirationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ShouldRenew && ResearcherSessions.SessionOf(context.Principal) is { } session)
        {
            await new SignInSessions(db).ExtendAsync(session, time.GetUtcNow() + context.Options.ExpireTimeSpan,
                context.HttpContext.RequestAborted);
        }
    }
}
