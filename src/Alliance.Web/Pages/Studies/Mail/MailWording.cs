namespace Alliance.Web.Pages.Studies.Mail;

/// <summary>
/// Wording of the study's mail page and the participants page's contact details (issue #17): MailWording.resx
/// (English) beside this file and MailWording.{language}.resx (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class MailWording;
