using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alliance.Web.Workspace.Forms;

/// <summary>
/// A page's view of the problems in <c>ModelState</c>, by field id: the error summary lists them in the order of the
/// fields on the page (<paramref name="fieldOrder"/>, then any others), each field shows its own.
/// </summary>
/// <param name="state">The page's <c>ModelState</c>.</param>
/// <param name="fieldOrder">The page's field ids, top to bottom, as the summary's links spell them.</param>
public sealed class FormProblems(ModelStateDictionary state, params IReadOnlyList<string> fieldOrder)
{
    /// <summary>Every problem as (field id, message), in page order.</summary>
    public IReadOnlyList<(string Field, string Message)> All { get; } = [.. state
        .Where(e => e.Value is { Errors.Count: > 0 })
        .Select(e => (Field: fieldOrder.FirstOrDefault(f => string.Equals(f, e.Key, StringComparison.OrdinalIgnoreCase)) ?? e.Key, e.Value!.Errors))
        .OrderBy(e => IndexOf(fieldOrder, e.Field))
        .SelectMany(e => e.Errors.Select(x => (e.Field, x.ErrorMessage)))];

    /// <summary>Whether any problem was found.</summary>
    public bool Any => All.Count > 0;

    /// <summary>The messages for one field (empty when it is fine).</summary>
    public IEnumerable<string> For(string field) =>
        state.TryGetValue(field, out var entry) ? entry.Errors.Select(e => e.ErrorMessage) : [];

    /// <summary>The first message for one field, or null when it is fine.</summary>
    public string? First(string field) => For(field).FirstOrDefault();

    /// <summary>Whether the field has a problem (for the <c>invalid</c> class and <c>aria-invalid</c>).</summary>
    public bool Has(string field) => state.TryGetValue(field, out var entry) && entry.Errors.Count > 0;

    /// <summary>
    /// The text last posted for the input property <paramref name="name"/>, or null when none was: shown again as typed,
    /// also when it could not be read (a date typed as <c>02.03.2026</c>).
    /// </summary>
    public string? Posted(string name) => state.TryGetValue(name, out var entry) ? entry.AttemptedValue : null;

    private static int IndexOf(IReadOnlyList<string> fields, string field)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i] == field)
            {
                return i;
            }
        }
        return fields.Count;
    }
}
