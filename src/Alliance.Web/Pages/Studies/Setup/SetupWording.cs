namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// Wording of study creation, the set-up page and the participants page. Names the resource for IStringLocalizer:
/// the text is in SetupWording.resx (English) beside this file and SetupWording.{language}.resx for each further
/// language (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class SetupWording;
