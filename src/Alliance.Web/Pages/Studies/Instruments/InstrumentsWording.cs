namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>
/// Wording of the study instruments pages (list, designer, upload). Names the resource for IStringLocalizer: the text
/// is in InstrumentsWording.resx (English) beside this file and InstrumentsWording.{language}.resx for each further
/// language (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class InstrumentsWording;
