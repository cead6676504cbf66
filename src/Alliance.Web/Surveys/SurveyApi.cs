using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Surveys;

/// <summary>The participant JSON API: read a survey, save a draft, submit once (docs/survey.md, "JSON API").</summary>
internal static class SurveyApi
{
    public static IEndpointRouteBuilder MapSurveyApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/surveys/{token}").WithTags("Surveys")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapGet("/", async Task<Results<Ok<SurveyJson.Survey>, ProblemHttpResult>> (
            string token, string? lang, HttpContext http, SurveyLinks links, TokenGuessLimiter limiter, CancellationToken ct) =>
        {
            var (survey, refusal) = await FindAsync(token, http, links, limiter, ct);
            return survey is null ? refusal! : TypedResults.Ok(SurveyJson.Describe(survey, survey.LanguageFor(lang)));
        })
        .WithName("GetSurvey")
        .WithSummary("Read a survey")
        .WithDescription("The link's status (open, submitted, expired, withdrawn), who answers, the session, the instrument "
            + "with its items and scales in the participant's language (lang, else the study's first), and the answers saved so far.");

        group.MapPut("/draft", async Task<Results<NoContent, ProblemHttpResult>> (
            string token, HttpContext http, SurveyLinks links, TokenGuessLimiter limiter, AllianceDbContext db, CancellationToken ct) =>
        {
            var (survey, refusal) = await FindAsync(token, http, links, limiter, ct);
            if (survey is null)
            {
                return refusal!;
            }
            var (body, bodyProblem) = await RequestBody.ReadJsonAsync(http.Request, ct);
            if (bodyProblem is not null)
            {
                return bodyProblem;
            }
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var payload = AnswerPayload.Parse(body, errors);
            foreach (var problem in survey.Scorer.Check(payload.Answers, requireRequiredItems: false))
            {
                errors.TryAdd(problem.ItemId, [problem.Message]);
            }
            if (errors.Count > 0)
            {
                return Problems.Invalid(errors);
            }
            if (!survey.IsOpen)
            {
                return Problems.NotOpen(survey.Status, survey.Link.OpensAt);
            }
            await Drafts.SaveAsync(db, survey.Link, payload.Answers, ct);
            return TypedResults.NoContent();
        })
        .WithName("SaveSurveyDraft")
        .WithSummary("Save partial answers")
        .WithDescription("Body {\"answers\": {\"itemId\": value}}; required items may still be missing. Invalid values get 422 "
            + "with an errors map keyed by item id; a link that is not open gets 409 or 410 with the reason.")
        .Accepts<AnswerPayloadJson>("application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status410Gone)
        .ProducesProblem(StatusCodes.Status423Locked);

        group.MapPost("/responses", async Task<Results<Created<SurveyJson.Created>, ProblemHttpResult>> (
            string token, HttpContext http, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
            TokenGuessLimiter limiter, SubmissionQueue submissions, CancellationToken ct) =>
        {
            // What is wrong with the request itself is told only once the link is known (an unknown link is
            // "unknown" whatever else is wrong), so the queue looks the link up first either way.
            var refusal = string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 200
                ? Problems.Status(StatusCodes.Status400BadRequest, "Idempotency-Key required",
                    "Send a unique Idempotency-Key header (1–200 characters) with each submission; retry with the same key.")
                : null;
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var payload = new AnswerPayload([], Consent: false);
            if (refusal is null)
            {
                var (body, bodyProblem) = await RequestBody.ReadJsonAsync(http.Request, ct);
                refusal = bodyProblem;
                if (refusal is null)
                {
                    payload = AnswerPayload.Parse(body, errors);
                }
            }
            var result = await submissions.SubmitAsync(token, payload, errors, idempotencyKey ?? "", refusal is not null, ct);
            if (result.Outcome == SubmissionOutcome.Unknown)
            {
                return await UnknownAsync(token, http, limiter, ct);
            }
            var location = $"/api/v1/surveys/{token}";
            return result.Outcome switch
            {
                SubmissionOutcome.Created or SubmissionOutcome.Replayed =>
                    TypedResults.Created(location, new SurveyJson.Created(result.ResponseId!.Value, result.Scores!)),
                SubmissionOutcome.AlreadySubmitted => Problems.Status(StatusCodes.Status409Conflict, "Already submitted",
                    "This survey was already submitted with a different Idempotency-Key; nothing was stored."),
                SubmissionOutcome.Closed => Problems.NotOpen(result.Status!.Value, result.OpensAt),
                SubmissionOutcome.Refused => refusal!,
                _ => Problems.Invalid(result.Errors!),
            };
        })
        .WithName("SubmitSurvey")
        .WithSummary("Submit the answers once")
        .WithDescription("Body {\"answers\": {\"itemId\": value}} (and \"consent\": true where the study asks for consent), header "
            + "Idempotency-Key. 201 with the response id and scores on first success; the same key again returns the same result "
            + "and stores nothing new; another key after success gets 409; invalid answers get 422 with an errors map keyed by item id.")
        .Accepts<AnswerPayloadJson>("application/json")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status410Gone)
        .ProducesProblem(StatusCodes.Status423Locked);
        return routes;
    }

    private static async Task<(SurveyInvitation?, ProblemHttpResult?)> FindAsync(
        string token, HttpContext http, SurveyLinks links, TokenGuessLimiter limiter, CancellationToken ct)
    {
        var survey = await links.FindAsync(token, ct);
        return survey is null ? (null, await UnknownAsync(token, http, limiter, ct)) : (survey, null);
    }

    /// <summary>
    /// 404 for a link no invitation has, counted against the address's guesses; 429 with Retry-After once the address
    /// has guessed too often. Only here: a known link is never refused for its address's guesses.
    /// </summary>
    private static async Task<ProblemHttpResult> UnknownAsync(string token, HttpContext http, TokenGuessLimiter limiter,
        CancellationToken ct)
    {
        if (await limiter.CountGuessAsync(http.Connection.RemoteIpAddress, token, ct) is { } wait)
        {
            TokenGuessLimiter.TellRetryAfter(http.Response, wait);
            return Problems.Status(StatusCodes.Status429TooManyRequests, "Too many unknown links",
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"Too many unknown survey links were tried from this address; try again in {(long)wait.TotalSeconds} seconds."));
        }
        return Problems.Status(StatusCodes.Status404NotFound, "Unknown survey link",
            "No survey belongs to this link. Check that the whole link was copied.");
    }
}
