using System.Globalization;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Web.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Workspace;

/// <summary>
/// The one gate of <c>/api/v1/studies/{studyId}</c>: the bearer token must be known and not revoked (else 401),
/// belong to that study (else 404 — a token never learns whether another study exists), and its member's role must
/// be one the endpoint's <see cref="StudyRoleRequirement"/> names (else 403). Handlers read the
/// <see cref="StudyMembership"/> it stores in the request's features.
/// </summary>
internal sealed class StudyTokenFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var token = BearerToken(http.Request);
        if (token is null)
        {
            return Unauthorized(http, "Send an API token as Authorization: Bearer <token>.");
        }
        var hash = SecretToken.HashOf(token);
        var db = http.RequestServices.GetRequiredService<AllianceDbContext>();
        var membership = await (
            from t in db.ApiTokens
            where t.TokenHash == hash && t.RevokedAt == null
            join m in db.StudyMembers on new { t.StudyId, t.AccountId } equals new { m.StudyId, m.AccountId }
            select new StudyMembership(t.StudyId, t.AccountId, t.TokenId, m.Role))
            .AsNoTracking().SingleOrDefaultAsync(http.RequestAborted);
        if (membership is null)
        {
            return Unauthorized(http, "The API token is unknown or was revoked.");
        }
        var asked = Convert.ToString(http.Request.RouteValues["studyId"], CultureInfo.InvariantCulture);
        if (!long.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var studyId) || studyId != membership.StudyId)
        {
            return Problems.Status(StatusCodes.Status404NotFound, "Study not found", "There is no study with this id for this token.");
        }
        var required = http.GetEndpoint()?.Metadata.GetMetadata<StudyRoleRequirement>();
        if (required is null || !required.Roles.Contains(membership.Role))
        {
            return Problems.Status(StatusCodes.Status403Forbidden, "Not allowed",
                $"The role {membership.Role} may not do this in study {studyId.ToString(CultureInfo.InvariantCulture)}.");
        }
        http.Features.Set(membership);
        return await next(context);
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

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unauthorized(HttpContext http, string detail)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Problems.Status(StatusCodes.Status401Unauthorized, "Not signed in", detail);
    }
}
