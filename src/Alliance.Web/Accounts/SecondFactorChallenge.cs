using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace Alliance.Web.Accounts;

/// <summary>
/// The half-finished sign-in between the right password and the right code: a short-lived cookie, encrypted and
/// signed with the key ring (its own purpose), naming the account and when the challenge ends. It is no session: it
/// opens nothing but the code page, and expires after <see cref="Lifetime"/>.
/// </summary>
internal sealed class SecondFactorChallenge(IDataProtectionProvider protection, TimeProvider time)
{
    public const string CookieName = "alliance.2fa";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly IDataProtector _protector = protection.CreateProtector("Alliance.Accounts.SignInChallenge.v1");

    public sealed record Pending(Guid AccountId, string Email);

    public void Start(HttpContext http, Guid accountId, string email)
    {
        ArgumentNullException.ThrowIfNull(http);
        var until = (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        http.Response.Cookies.Append(CookieName, _protector.Protect($"{accountId:D}|{until}|{email}"), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, MaxAge = Lifetime, Path = "/login",
        });
    }

    /// <summary>The pending sign-in of this browser, or null (none, tampered with, or expired).</summary>
    public Pending? Read(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Request.Cookies[CookieName] is not { } cookie)
        {
            return null;
        }
        try
        {
            var parts = _protector.Unprotect(cookie).Split('|', 3);
            return parts.Length == 3 && Guid.TryParse(parts[0], out var account)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var until)
                && time.GetUtcNow().ToUnixTimeSeconds() < until
                ? new Pending(account, parts[2]) : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public static void End(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/login" });
    }
}
