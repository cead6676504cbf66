namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// Wording of the members, exports and API tokens, and audit log pages. Names the resource for IStringLocalizer:
/// the text is in AccessWording.resx (English) beside this file and AccessWording.{language}.resx for each further
/// language (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class AccessWording;
