namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The problems found in one submitted form, each tied to the id of the field at fault, in the order found:
/// the page lists them in its error summary (linking to the fields) and next to each field.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> _all = [];

    /// <summary>Every problem as (field id, message).</summary>
    public IReadOnlyList<(string Field, string Message)> All => _all;

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _all.Count > 0;

    public void Add(string field, string message) => _all.Add((field, message));

    /// <summary>The messages for one field (empty when it is fine).</summary>
    public IEnumerable<string> For(string field) => _all.Where(e => e.Field == field).Select(e => e.Message);

    /// <summary>Whether the field has a problem (for the <c>invalid</c> class and <c>aria-invalid</c>).</summary>
    public bool Has(string field) => _all.Any(e => e.Field == field);
}
