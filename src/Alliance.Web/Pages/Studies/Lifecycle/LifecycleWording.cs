namespace Alliance.Web.Pages.Studies.Lifecycle;

/// <summary>
/// Wording of the study's lifecycle page (lock, close, archive, unlock, duplicate), the participant and dyad pages
/// (change, end, withdraw, erase) and the state notice every study page shows. Names the resource for
/// IStringLocalizer: LifecycleWording.resx (English) beside this file and LifecycleWording.{language}.resx for each
/// further language (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class LifecycleWording;
