using System.Globalization;
using Alliance.Web.Localisation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Localization;

namespace Alliance.Web.Outages;

/// <summary>
/// Answers a request that failed for a <see cref="DatabaseOutage"/> with 503 and Retry-After, in the shape its
/// caller reads: problem+json on the API, the participant's page in the participant's language on <c>/s/…</c> (for a
/// form post it says the answers were not stored and holds the posted fields, so "try again" sends them again, with
/// the same Idempotency-Key), a page in the workspace's language elsewhere. Any other failure is left to the default
/// handler (a 500).
/// </summary>
internal sealed partial class OutageExceptionHandler(IProblemDetailsService problems, IStringLocalizer<OutageText> wording,
    ILogger<OutageExceptionHandler> log) : IExceptionHandler
{
    /// <summary>The page's view, rendered without a page model (there is no page: the request failed).</summary>
    public const string ViewPath = "/Pages/Shared/_Unavailable.cshtml";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!DatabaseOutage.Is(exception))
        {
            return false;
        }
        DatabaseUnavailable(log, httpContext.Request.Method, exception.Message);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        var request = httpContext.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                Exception = exception,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Database unavailable",
                    Detail = "The database cannot be reached right now and the request was not completed. Try again in a few " +
                        "seconds (see Retry-After); send a submission again with the same Idempotency-Key.",
                },
            });
        }
        var participant = request.Path.StartsWithSegments("/s", StringComparison.Ordinal);
        var text = new OutageText(wording, LanguageOf(httpContext, participant));
        // Only a participant's post is sent back: a researcher's may be a password.
        var fields = participant && request.HasFormContentType && HttpMethods.IsPost(request.Method)
            ? (await request.ReadFormAsync(cancellationToken)).Where(f => f.Key != AntiforgeryField)
                .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")))
                .ToList()
            : null;
        var page = new UnavailablePage(text, participant, fields, request.PathBase + request.Path + request.QueryString);
        await RenderAsync(httpContext, page);
        return true;
    }

    private const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>
    /// The participant's language is the one the survey page put in its form's <c>?lang=</c>; otherwise the request's
    /// (Accept-Language), as the request localization middleware found it before the failure.
    /// </summary>
    private static string LanguageOf(HttpContext http, bool participant)
    {
        var asked = http.Request.Query["lang"].ToString();
        if (participant && Languages.IsWritten(asked))
        {
            return asked;
        }
        return Languages.OrDefault(http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name);
    }

    private static Task RenderAsync(HttpContext http, UnavailablePage page)
    {
        var metadata = http.RequestServices.GetRequiredService<IModelMetadataProvider>();
        var view = new ViewResult
        {
            ViewName = ViewPath,
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ViewData = new ViewDataDictionary<UnavailablePage>(metadata, new ModelStateDictionary()) { Model = page },
        };
        return view.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database unavailable; answered a {Method} request with 503: {Reason}")]
    private static partial void DatabaseUnavailable(ILogger logger, string method, string reason);
}
