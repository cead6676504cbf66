namespace Alliance.Web.Pages;

/// <summary>
/// Wording of the API reference page (<c>/openapi</c>) around the OpenAPI document's own English text: the text is in
/// ApiReferenceWording.resx (English) beside this file and ApiReferenceWording.{language}.resx for each further
/// language (see <see cref="Workspace.WorkspaceText"/>).
/// </summary>
internal static class ApiReferenceWording;
