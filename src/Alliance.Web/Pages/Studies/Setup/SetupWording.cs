namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// Wording of study creation, the set-up page and the participants page. The text is in SetupWording.resx (English) beside this file and SetupWording.{language}.resx
/// for each further language; this type names the resource for IStringLocalizer (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class SetupWording;
