namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// Wording of the sessions, links, QR sheet and reminders pages. Names the resource for IStringLocalizer: the text
/// is in SessionsWording.resx (English) beside this file and SessionsWording.{language}.resx for each further
/// language (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class SessionsWording;
