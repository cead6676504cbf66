using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Alliance.Web.Workspace.Forms;

/// <summary>
/// The one place workspace forms are checked: after binding, before the handler, every bound <see cref="IFormInput"/>
/// (handler parameters, and <c>[BindProperty]</c> properties bound on this request) runs its
/// <see cref="IFormInput.Check"/> into <c>ModelState</c>, so a handler starts with <c>ModelState.IsValid</c>.
/// </summary>
/// <remarks>
/// A value the binder could not read (<c>abc</c> for a number) is not reported in the framework's own words: the
/// input's check decides what it means (usually the same problem as a number out of range), through
/// <see cref="FormCheck.Unreadable"/>. The attempted value stays in <c>ModelState</c>, so the page can show it again.
/// </remarks>
internal sealed class FormCheckFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = context.HandlerArguments.Values.OfType<IFormInput>().Concat(BoundProperties(context)).ToList();
        if (inputs.Count == 0)
        {
            return;
        }
        var state = context.ModelState;
        var unreadable = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, entry) in state)
        {
            if (entry is not { Errors.Count: > 0 })
            {
                continue;
            }
            unreadable.Add(key);
            entry.Errors.Clear();
            entry.ValidationState = ModelValidationState.Valid;
        }
        var check = new FormCheck(state, WorkspaceText.For(context.HttpContext.Request), unreadable);
        foreach (var input in inputs)
        {
            input.Check(check);
        }
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }

    /// <summary>The page's <c>[BindProperty]</c> inputs that the framework bound on this request (not on a GET, unless asked).</summary>
    private static IEnumerable<IFormInput> BoundProperties(PageHandlerExecutingContext context) =>
        context.ActionDescriptor.BoundProperties.OfType<PageBoundPropertyDescriptor>()
            .Where(p => p.BindingInfo?.RequestPredicate?.Invoke(context) ?? true)
            .Select(p => p.Property.GetValue(context.HandlerInstance))
            .OfType<IFormInput>();
}
