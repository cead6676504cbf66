namespace Alliance.Web.Workspace.Forms;

/// <summary>
/// A workspace form as the framework bound it (a <c>[BindProperty]</c> or a handler parameter). Its rules that need no
/// database are in <see cref="Check"/>, which <see cref="FormCheckFilter"/> runs before the handler; a handler adds the
/// rules that need the database (unique codes and the like) to the same <c>ModelState</c>.
/// </summary>
public interface IFormInput
{
    /// <summary>Adds one problem per field at fault; adds nothing when the form is fine.</summary>
    void Check(FormCheck check);
}
