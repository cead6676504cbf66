using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alliance.Web.Workspace.Forms;

/// <summary>
/// Reads a form's whole numbers and dates one way, whatever the server's culture: digits only (no sign, no
/// thousands separator, no hexadecimal, as an <c>&lt;input type="number"&gt;</c> sends them) and ISO dates
/// (<c>yyyy-MM-dd</c>, as an <c>&lt;input type="date"&gt;</c> sends them). Surrounding spaces are ignored; an empty
/// value is null; anything else is a binding error (see <see cref="FormCheck.Unreadable"/>). A property marked
/// <see cref="SignedNumberAttribute"/> may also carry a leading minus (<paramref name="signed"/>).
/// </summary>
/// <param name="signed">Whether a leading minus is read (a plus sign never is).</param>
internal sealed class FormValueBinder(bool signed) : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, posted);
        var text = posted.FirstValue?.Trim() ?? "";
        if (text.Length == 0)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
            return Task.CompletedTask;
        }
        var negative = signed && text.StartsWith('-');
        object? value = Nullable.GetUnderlyingType(bindingContext.ModelType) == typeof(int)
            ? int.TryParse(negative ? text[1..] : text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? (negative ? -number : number) : null
            : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        if (value is null)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName,
                bindingContext.ModelMetadata.ModelBindingMessageProvider.AttemptedValueIsInvalidAccessor(text, bindingContext.ModelName));
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }
        bindingContext.Result = ModelBindingResult.Success(value);
        return Task.CompletedTask;
    }
}
