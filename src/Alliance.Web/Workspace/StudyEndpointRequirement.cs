using Microsoft.AspNetCore.Authorization;

namespace Alliance.Web.Workspace;

/// <summary>
/// Required of the whole study API group: the endpoint itself names a <see cref="StudyPolicies"/> entry. A study
/// route added without one admits nobody (403) rather than every valid token.
/// </summary>
internal sealed class StudyEndpointRequirement : AuthorizationHandler<StudyEndpointRequirement>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StudyEndpointRequirement requirement)
    {
        var endpoint = (context.Resource as HttpContext)?.GetEndpoint();
        if (endpoint?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy is { } p && StudyPolicies.All.Contains(p)) == true)
        {
            context.Succeed(requirement);
        }
        else if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Fail(new StudyRefusal(this, StatusCodes.Status403Forbidden, "This study route names no policy and admits nobody."));
        }
        return Task.CompletedTask;
    }
}
