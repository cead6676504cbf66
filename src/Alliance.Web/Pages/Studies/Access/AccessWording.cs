namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// Wording of the members, exports and API tokens, and audit log pages. The text is in AccessWording.resx (English) beside this file and AccessWording.{language}.resx
/// for each further language; this type names the resource for IStringLocalizer (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class AccessWording;
