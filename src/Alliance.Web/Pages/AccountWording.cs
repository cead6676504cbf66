namespace Alliance.Web.Pages;

/// <summary>
/// Wording of the account page (password change). Names the resource for IStringLocalizer: the text is in
/// AccountWording.resx (English) beside this file and AccountWording.{language}.resx for each further language (see
/// <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class AccountWording;
