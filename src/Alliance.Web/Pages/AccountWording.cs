namespace Alliance.Web.Pages;

/// <summary>
/// Wording of the account page (password change). The text is in AccountWording.resx (English) beside this file and AccountWording.{language}.resx
/// for each further language; this type names the resource for IStringLocalizer (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class AccountWording;
