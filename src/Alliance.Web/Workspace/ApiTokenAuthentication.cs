using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Web.Surveys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Workspace;

/// <summary>
/// The researchers' API authentication scheme: <c>Authorization: Bearer &lt;token&gt;</c> with a personal API token
/// that is known and not revoked (only its hash is stored). The principal carries the token's study, account and
/// member role; <see cref="StudyGate"/> then checks them against the route and the endpoint's policy. A missing,
/// unknown or revoked token is challenged with 401, <c>WWW-Authenticate: Bearer</c> and a problem+json body.
/// </summary>
internal sealed class ApiTokenAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, AllianceDbContext db) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    private const string StudyClaim = "alliance:study";
    private const string TokenClaim = "alliance:token";
    private const string NoToken = "Send an API token as Authorization: Bearer <token>.";

    /// <summary>The membership an API principal acts as; null for any other principal (e.g. a signed-in page visitor).</summary>
    public static StudyMembership? MembershipOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.AuthenticationType == SchemeName
            && long.TryParse(user.FindFirstValue(StudyClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var study)
            && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var account)
            && Guid.TryParse(user.FindFirstValue(TokenClaim), out var token)
            && user.FindFirstValue(ClaimTypes.Role) is { } role
                ? new StudyMembership(study, account, token, role) : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } token)
        {
            return AuthenticateResult.Fail(NoToken);
        }
        var hash = SecretToken.HashOf(token);
        var membership = await (
            from t in db.ApiTokens
            where t.TokenHash == hash && t.RevokedAt == null
            join m in db.StudyMembers on new { t.StudyId, t.AccountId } equals new { m.StudyId, m.AccountId }
            select new StudyMembership(t.StudyId, t.AccountId, t.TokenId, m.Role))
            .AsNoTracking().SingleOrDefaultAsync(Context.RequestAborted);
        if (membership is null)
        {
            return AuthenticateResult.Fail("The API token is unknown or was revoked.");
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(StudyClaim, membership.StudyId.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.NameIdentifier, membership.AccountId.ToString("D")),
            new Claim(TokenClaim, membership.TokenId.ToString("D")),
            new Claim(ClaimTypes.Role, membership.Role),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = "Bearer";
        await Problems.Status(StatusCodes.Status401Unauthorized, "Not signed in", result.Failure?.Message ?? NoToken)
            .ExecuteAsync(Context);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var token = header[scheme.Length..].Trim();
        // A token is 43 base64url characters; anything far longer is not worth hashing.
        return token.Length is > 0 and <= 200 ? token : null;
    }
}
