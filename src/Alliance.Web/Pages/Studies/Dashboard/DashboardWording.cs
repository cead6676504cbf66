namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// Wording of the completion dashboard and the dyad pages. The text is in DashboardWording.resx (English) beside this file and DashboardWording.{language}.resx
/// for each further language; this type names the resource for IStringLocalizer (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class DashboardWording;
