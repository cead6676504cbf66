using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Alliance.Web.Hosting;

/// <summary>
/// Answers 404, for every Razor page at once, a request naming a handler the page lacks (a form posted to an unknown
/// <c>?handler=</c>). Razor Pages would otherwise render the page with no handler run, so its model is empty and the
/// page failed with a 500 (issue #15). The method itself is one the page takes: <see cref="PageMethods"/> saw to that.
/// A page re-executed for a status code runs no handler and is let through.
/// </summary>
internal sealed class PageHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        if (context.HandlerMethod is null && context.ActionDescriptor.HandlerMethods.Count > 0
            && http.Features.Get<IStatusCodeReExecuteFeature>() is null && http.Features.Get<IExceptionHandlerFeature>() is null)
        {
            context.Result = new NotFoundResult();
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
