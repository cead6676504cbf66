using System.Globalization;
using Alliance.Data.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Surveys;

/// <summary>problem+json answers of the participant API, with the wording participants' clients show.</summary>
internal static class Problems
{
    public static ProblemHttpResult Status(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });

    public static ProblemHttpResult Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors.ToDictionary())
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "Some answers need attention",
            Detail = "Nothing was stored. Each entry in errors names an item (or consent) and what is wrong with it.",
        });

    /// <summary>
    /// Why a link takes no answers (its <see cref="LinkStatus"/>): 409 when already submitted or not open yet (the
    /// request conflicts with the link's state and may succeed later; the body's <c>opens_at</c> says when), 410 when
    /// withdrawn or expired (it never will), 423 while the study is locked, closed or archived (it may again once an
    /// owner unlocks it).
    /// </summary>
    public static ProblemHttpResult NotOpen(LinkState status, DateTimeOffset? opensAt)
    {
        if (status == LinkState.NotOpen && opensAt is { } opens)
        {
            var early = new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Survey not open yet",
                Detail = string.Create(CultureInfo.InvariantCulture,
                    $"This survey opens on {opens.UtcDateTime:yyyy-MM-dd} at {opens.UtcDateTime:HH:mm} UTC; nothing was stored."),
            };
            early.Extensions["status"] = status.Name();
            early.Extensions["opens_at"] = opens;
            return TypedResults.Problem(early);
        }
        if (status == LinkState.Closed)
        {
            var paused = new ProblemDetails
            {
                Status = StatusCodes.Status423Locked,
                Title = "Study not taking answers",
                Detail = "The research team has locked, closed or archived this study; nothing was stored.",
            };
            paused.Extensions["status"] = status.Name();
            return TypedResults.Problem(paused);
        }
        var (code, detail) = status switch
        {
            LinkState.Submitted => (StatusCodes.Status409Conflict, "This survey has already been submitted."),
            LinkState.Withdrawn => (StatusCodes.Status410Gone, "You have withdrawn from this study; nothing more is collected."),
            _ => (StatusCodes.Status410Gone, "This survey link has expired."),
        };
        var problem = new ProblemDetails { Status = code, Title = "Survey closed", Detail = detail };
        problem.Extensions["status"] = status.Name();
        return TypedResults.Problem(problem);
    }
}
