using Alliance.Data.Model;
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

    public static ProblemHttpResult NotOpen(InvitationStatus status)
    {
        var (code, detail) = status switch
        {
            InvitationStatus.Submitted => (StatusCodes.Status409Conflict, "This survey has already been submitted."),
            InvitationStatus.Withdrawn => (StatusCodes.Status410Gone, "You have withdrawn from this study; nothing more is collected."),
            _ => (StatusCodes.Status410Gone, "This survey link has expired."),
        };
        var problem = new ProblemDetails { Status = code, Title = "Survey closed", Detail = detail };
        problem.Extensions["status"] = status.Name();
        return TypedResults.Problem(problem);
    }
}
