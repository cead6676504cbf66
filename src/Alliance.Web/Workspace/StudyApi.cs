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
            .AddRequirements(new StudyEndpointRequirement()))
            .WithTags("Studies")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        study.MapGet("/export", Export).RequireAuthorization(StudyPolicies.Exports)
            .WithName("ExportStudy")
            .WithSummary("Export a study's responses")
            .WithDescription("CSV in the long (one row per item answer, the default), wide (one row per response) or dyadic "
                + "(one row per dyad and session) layout; with bundle=zip a zip of the CSV, its codebook, R, SPSS and Stata "
                + "syntax and a README; format=fhir a FHIR R4 Bundle (type collection) of QuestionnaireResponse resources. "
                + "Withdrawn participants are left out of every format; each export is recorded in the study's audit log. "
                + "Needs the API token of a member with export rights (owner, researcher, analyst).")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv", additionalContentTypes: [ExportBundle.ContentType, FhirResponseExport.ContentType])
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    /// <summary>Streams the study's CSV (<c>format</c> long, wide or dyadic; long when absent), or with <c>bundle=zip</c> the
    /// bundle (<see cref="ExportBundle"/>: CSV, codebook, R, SPSS and Stata syntax, README), or with <c>format=fhir</c> the
    /// FHIR Bundle (<see cref="FhirResponseExport"/>); the export reads from the replica when one is configured and writes
    /// its own audit entry on the primary.</summary>
    /// <param name="studyId">The study.</param>
    /// <param name="format">long, wide, dyadic or fhir; long when absent.</param>
    /// <param name="bundle">zip for the CSV with codebook and syntax files in one zip; CSV formats only.</param>
    /// <param name="http">The request, whose study membership the gate has set.</param>
    /// <param name="database">Where to read and audit.</param>
    /// <param name="ct">The request's cancellation.</param>
    private static Results<PushStreamHttpResult, ProblemHttpResult> Export(long studyId, string? format, string? bundle,
        HttpContext http, DatabaseEndpoint database, CancellationToken ct)
    {
        var membership = http.Features.Get<StudyMembership>() ?? throw new InvalidOperationException("the study gate did not run");
        if (format == "fhir")
        {
            return bundle is null
                ? TypedResults.Stream(stream => FhirResponseExport.WriteAsync(database.Connections, studyId, membership.Actor, stream, ct),
                    FhirResponseExport.ContentType, FhirResponseExport.FileName(studyId))
                : Problems.Status(StatusCodes.Status400BadRequest, "Unknown bundle", "bundle=zip is for the CSV formats; format=fhir is one JSON document.");
        }
        ExportFormat? layout = (format ?? "long") switch
        {
            "long" => ExportFormat.Long,
            "wide" => ExportFormat.Wide,
            "dyadic" => ExportFormat.Dyadic,
            _ => null,
        };
        if (layout is null)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "Unknown format", "format must be long, wide, dyadic or fhir.");
        }
        if (bundle is not null && bundle != ExportBundle.Kind)
        {
            return Problems.Status(StatusCodes.Status400BadRequest, "Unknown bundle", "bundle must be zip (or absent for plain CSV).");
        }
        var options = new ExportOptions(layout.Value, membership.Actor);
        if (bundle is not null)
        {
            return TypedResults.Stream(stream => ExportBundle.WriteAsync(database.Connections, studyId, options, stream, ct),
                ExportBundle.ContentType, ExportBundle.FileName(studyId, layout.Value));
        }
        var name = string.Create(CultureInfo.InvariantCulture, $"study-{studyId}-{format ?? "long"}.csv");
        return TypedResults.Stream(async stream =>
        {
            // The data layer writes rows asynchronously (CsvCells.EndRowAsync), so Kestrel's ban on synchronous I/O holds here too.
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            await StudyExport.WriteAsync(database.Connections, studyId, options, writer, ct);
        }, "text/csv; charset=utf-8", name);
    }
}
