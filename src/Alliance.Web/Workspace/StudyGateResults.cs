using Alliance.Web.Surveys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Alliance.Web.Workspace;

/// <summary>
/// Turns a <see cref="StudyRefusal"/> into its status: for the API a problem+json answer, for pages the bare status
/// that the workspace's status pages render in the page language. Every other outcome (sign-in challenges,
/// success) goes to the framework's default handling.
/// </summary>
internal sealed class StudyGateResults : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        var refusal = authorizeResult.Forbidden
            ? authorizeResult.AuthorizationFailure?.FailureReasons.OfType<StudyRefusal>().FirstOrDefault() : null;
        if (refusal is null)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
        }
        else if (ApiTokenAuthentication.MembershipOf(context.User) is not null)
        {
            await Problems.Status(refusal.Status, refusal.Status == StatusCodes.Status404NotFound ? "Study not found" : "Not allowed",
                refusal.Message).ExecuteAsync(context);
        }
        else if (refusal.Location is not null)
        {
            context.Response.Redirect(refusal.Location);
        }
        else
        {
            context.Response.StatusCode = refusal.Status;
        }
    }
}
