namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// Wording of the completion dashboard and the dyad pages. Names the resource for IStringLocalizer: the text is in
/// DashboardWording.resx (English) beside this file and DashboardWording.{language}.resx for each further language
/// (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class DashboardWording;
