using System.Globalization;
using System.Text;
using Alliance.Data.Export;
using Alliance.Web.Hosting;
using Alliance.Web.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Alliance.Web.Workspace;

/// <summary>
/// The researchers' JSON/CSV API under <c>/api/v1/studies/{studyId}</c>: the group authenticates with API tokens
/// (<see cref="ApiTokenAuthentication"/>), and each endpoint names the <see cref="StudyPolicies"/> entry that
/// <see cref="StudyGate"/> checks, as the workspace page for the same thing does.
/// </summary>
internal static class StudyApi
{
    public static IEndpointRouteBuilder MapStudyApi(this IEndpointRouteBuilder app)
    {
        var study = app.MapGroup("/api/v1/studies/{studyId:long}").RequireAuthorization(p => p
            .AddAuthenticationSchemes(ApiTokenAuthentication.SchemeName).RequireAuthenticatedUser()
            .AddRequirements(new StudyEndpointRequirement()));
        study.MapGet("/export", ExportAsync).RequireAuthorization(StudyPolicies.Exports);
        return app;
    }

    /// <summary>Streams the study's CSV (<c>format</c> long, wide or dyadic; long when absent), or with <c>bundle=zip</c> the
    /// bundle (<see cref="ExportBundle"/>: CSV, codebook, R, SPSS and Stata syntax, README); the export reads from the
    /// replica when one is configured and writes its own audit entry on the primary.</summary>
    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ExportAsync(long studyId, string? format, string? bundle,
        HttpContext http, DatabaseEndpoint database, CancellationToken ct)
    {
        ExportFormat? layout = (format ?? "long") switch
        {
            "long" => ExportFormat.Long,
            "wide" => ExportFormat.Wide,
            "dyadic" => ExportFormat.Dyadic,
            _ => null,
        };
        if (layout is null)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "Unknown format", "format must be long, wide or dyadic.");
        }
        if (bundle is not null && bundle != ExportBundle.Kind)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "Unknown bundle", "bundle must be zip (or absent for plain CSV).");
        }
        var membership = http.Features.Get<StudyMembership>() ?? throw new InvalidOperationException("the study gate did not run");
        var options = new ExportOptions(layout.Value, membership.Actor);
        if (bundle is not null)
        {
            http.Response.ContentType = ExportBundle.ContentType;
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportBundle.FileName(studyId, layout.Value)}\"";
            await ExportBundle.WriteAsync(database.Connections, studyId, options, http.Response.Body, ct);
            return TypedResults.Empty;
        }
        var name = string.Create(CultureInfo.InvariantCulture, $"study-{studyId}-{format ?? "long"}.csv");
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        // The data layer writes rows asynchronously (CsvCells.EndRowAsync), so Kestrel's ban on synchronous I/O holds here too.
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await StudyExport.WriteAsync(database.Connections, studyId, options, writer, ct);
        return TypedResults.Empty;
    }
}
