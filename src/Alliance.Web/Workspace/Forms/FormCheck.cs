using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Alliance.Web.Workspace.Forms;

/// <summary>
/// What <see cref="IFormInput.Check"/> reports to: problems go into <c>ModelState</c> keyed by the id of the field at
/// fault (the id the page's error summary links to), worded in the page's language.
/// </summary>
public sealed class FormCheck
{
    private readonly ModelStateDictionary _state;
    private readonly IReadOnlySet<string> _unreadable;

    internal FormCheck(ModelStateDictionary state, WorkspaceText text, IReadOnlySet<string> unreadable)
    {
        _state = state;
        _unreadable = unreadable;
        Text = text;
    }

    /// <summary>The page's wording, for messages that name other wording (a role's name, say).</summary>
    public WorkspaceText Text { get; }

    /// <summary>
    /// Whether a value was posted for the property <paramref name="name"/> but could not be read as its type (a whole
    /// number, a date): the property is then null, as if nothing had been posted, and only this tells the two apart.
    /// </summary>
    public bool Unreadable(string name) => _unreadable.Contains(name);

    /// <summary>Adds the wording of <paramref name="key"/> as a problem of <paramref name="field"/>.</summary>
    public void Add(string field, string key) => _state.AddModelError(field, Text[key]);

    /// <summary>Adds the wording of <paramref name="key"/>, with <paramref name="values"/> filled in, as a problem of <paramref name="field"/>.</summary>
    public void Add(string field, string key, params object?[] values) => _state.AddModelError(field, Text.Format(key, values));
}
