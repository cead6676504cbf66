using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using Alliance.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Workspace;

/// <summary>
/// The one gate of every page under <c>/studies/{studyId}</c>. The signed-in account must be a member of that study
/// (else 404: nobody learns which other studies exist), and its role must be one the page's
/// <see cref="StudyPageAttribute"/> policy admits (else 403; a page without the attribute admits nobody).
/// On success the <see cref="StudyContext"/> is stored in the request's features and in ViewData for the layout.
/// A handler that loses a race on one of the database's unique indexes answers 409 rather than 500.
/// </summary>
internal sealed class StudyPageFilter(AllianceDbContext db) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!http.Request.RouteValues.TryGetValue("studyId", out var routeValue))
        {
            await next();
            return;
        }
        if (http.User.Identity?.IsAuthenticated != true
            || !Guid.TryParse(http.User.FindFirstValue(ClaimTypes.NameIdentifier), out var accountId))
        {
            context.Result = new ChallengeResult();
            return;
        }
        var asked = Convert.ToString(routeValue, CultureInfo.InvariantCulture);
        if (!long.TryParse(asked, NumberStyles.None, CultureInfo.InvariantCulture, out var studyId))
        {
            context.Result = new NotFoundResult();
            return;
        }
        var member = await (
            from m in db.StudyMembers
            where m.StudyId == studyId && m.AccountId == accountId
            join s in db.Studies on m.StudyId equals s.StudyId
            select new { s.Name, m.Role, m.TherapistId })
            .AsNoTracking().SingleOrDefaultAsync(http.RequestAborted);
        if (member is null)
        {
            context.Result = new NotFoundResult();
            return;
        }
        var policy = context.HandlerInstance.GetType().GetCustomAttribute<StudyPageAttribute>()?.Policy;
        if (policy is null || !StudyPolicies.Allows(policy, member.Role))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
        var study = new StudyContext(studyId, member.Name, accountId, http.User.FindFirstValue(ClaimTypes.Name) ?? "",
            member.Role, member.TherapistId);
        http.Features.Set(study);
        if (context.HandlerInstance is Microsoft.AspNetCore.Mvc.RazorPages.PageModel page)
        {
            page.ViewData["Study"] = study;
        }
        var executed = await next();
        if (executed.Exception is { } error && !executed.ExceptionHandled && IsUniqueViolation(error))
        {
            // Two people (or two tabs) added the same thing at the same moment: the database's unique index let one
            // win. The other gets "changed meanwhile, reload" instead of a server error; nothing of theirs was stored.
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status409Conflict);
        }
    }

    private static bool IsUniqueViolation(Exception error) =>
        (error as Npgsql.PostgresException ?? error.InnerException as Npgsql.PostgresException)?.SqlState
            == Npgsql.PostgresErrorCodes.UniqueViolation;
}
