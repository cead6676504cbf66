using Alliance.Web.ApiReference;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Alliance.Web.Pages;

/// <summary>
/// <c>/openapi</c>: the OpenAPI document (<see cref="ApiDocument"/>) as a page, rendered on the server from the same
/// document <c>/openapi/v1.json</c> serves, so the two cannot disagree. No scripts and no assets from elsewhere. The
/// page's own words follow the workspace language (<c>?lang=de</c>); the operations keep the document's English.
/// </summary>
public sealed class ApiReferenceModel([FromKeyedServices(ApiDocument.Name)] IOpenApiDocumentProvider documents) : PageModel
{
    /// <summary>The document's title and description.</summary>
    public OpenApiInfo Info { get; private set; } = new();

    /// <summary>Every operation, by path and then method.</summary>
    public IReadOnlyList<ApiOperation> Operations { get; private set; } = [];

    public WorkspaceText Text { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        var document = await documents.GetOpenApiDocumentAsync(ct);
        Info = document.Info;
        Operations = [.. ApiOperation.All(document)];
    }
}
