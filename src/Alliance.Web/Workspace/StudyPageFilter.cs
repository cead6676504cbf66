using Alliance.Data.Lifecycle;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Workspace;

/// <summary>
/// What study pages need beyond authorization. A page under <c>/studies/{studyId}</c> that no study policy admitted
/// (it lacks <see cref="StudyPageAttribute"/>, so <see cref="StudyGate"/> never ran) admits nobody: 403. Otherwise
/// the gate's <see cref="StudyContext"/> goes into ViewData for the layout. A handler that loses a race on one of the
/// database's unique indexes answers 409 rather than 500. The study's state is enforced here for every page: a POST
/// to an archived study is refused with 423 unless its handler is <see cref="AllowedWhenArchivedAttribute"/>, and a
/// write that the state or a dyad's end refuses deeper down (<see cref="LifecycleRefusal"/>, e.g. issuing links in a
/// locked study) answers 423 too, nothing stored.
/// </summary>
internal sealed class StudyPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!http.Request.RouteValues.ContainsKey("studyId"))
        {
            await next();
            return;
        }
        if (http.Features.Get<StudyContext>() is not { } study)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }
        if (context.HandlerInstance is PageModel page)
        {
            page.ViewData["Study"] = study;
        }
        if (!study.State.AllowsChanges() && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method)
            && context.HandlerMethod?.MethodInfo.IsDefined(typeof(AllowedWhenArchivedAttribute), inherit: false) != true)
        {
            context.Result = new StatusCodeResult(StatusCodes.Status423Locked);
            return;
        }
        var executed = await next();
        if (executed.Exception is LifecycleRefusal && !executed.ExceptionHandled)
        {
            // The study was locked (or the dyad ended) after the page was shown: say so rather than fail.
            executed.ExceptionHandled = true;
            executed.Result = new StatusCodeResult(StatusCodes.Status423Locked);
            return;
        }
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
