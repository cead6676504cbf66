using System.Security.Claims;
using Alliance.Data;
using Alliance.Data.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Workspace;

/// <summary>
/// Starts and ends researchers' sign-in sessions: a row in <c>sign_in_sessions</c> (see <see cref="SignInSessions"/>)
/// and the cookie that names it. <see cref="ResearcherSessionEvents"/> checks the row on every request.
/// </summary>
internal sealed class ResearcherSessions(AllianceDbContext db, TimeProvider time, IOptions<SignInOptions> options)
{
    /// <summary>The cookie's claim holding the session id.</summary>
    public const string SessionClaim = "alliance:session";

    private SignInSessions Sessions => new(db);

    /// <summary>A new session for the account, and the cookie naming it on this response.</summary>
    public async Task SignInAsync(HttpContext http, Guid accountId, string email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var session = await Sessions.StartAsync(accountId, time.GetUtcNow(), options.Value.SessionLifetime, ct);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, accountId.ToString()), new Claim(ClaimTypes.Name, email),
             new Claim(SessionClaim, session.ToString())],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Ends this request's session (or, <paramref name="everywhere"/>, all of the account's) and drops the cookie.</summary>
    public async Task SignOutAsync(HttpContext http, bool everywhere, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (everywhere && AccountOf(http.User) is { } account)
        {
            await Sessions.EndAllAsync(account, ct);
        }
        else if (SessionOf(http.User) is { } session)
        {
            await Sessions.EndAsync(session, ct);
        }
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// After a password change: every session of the account ends (a copied cookie with it), and this browser gets a
    /// new one so the researcher who changed it stays signed in.
    /// </summary>
    public async Task RestartAllAsync(HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (AccountOf(http.User) is not { } account)
        {
            return;
        }
        await Sessions.EndAllAsync(account, ct);
        await SignInAsync(http, account, http.User.FindFirstValue(ClaimTypes.Name) ?? "", ct);
    }

    public static Guid? AccountOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static Guid? SessionOf(ClaimsPrincipal? user) =>
        Guid.TryParse(user?.FindFirstValue(SessionClaim), out var id) ? id : null;
}
