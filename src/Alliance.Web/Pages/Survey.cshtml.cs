using System.Globalization;
using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Alliance.Web.Localisation;
using Alliance.Web.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>
/// The participant's survey page, <c>/s/{token}</c>: consent (when the study asks), the questions, review, thanks.
/// Plain forms with post-redirect-get, so it works without JavaScript; survey.js only adds autosave and sliders.
/// A link not open yet says when it opens; an unknown link (404), a replaced one (410) and an unknown link from an
/// address that guessed too often (429, <see cref="TokenGuessLimiter"/>) get a page of their own in the participant's
/// language, never a bare status.
/// </summary>
internal sealed class SurveyModel(SurveyLinks links, TokenGuessLimiter limiter, SubmissionQueue submissions,
    ParticipantChoices choices, Alliance.Data.AllianceDbContext db) : PageModel
{
    public enum Step { Consent, Questions, Review, ThankYou, Closed, Withdraw, NotOpen, Unknown, Replaced, TooManyGuesses }

    /// <summary>The link's survey; null (only) at <see cref="Step.Unknown"/>, <see cref="Step.Replaced"/> and <see cref="Step.TooManyGuesses"/>.</summary>
    public SurveyInvitation Survey { get; private set; } = null!;

    /// <summary>The replaced link a token was, at <see cref="Step.Replaced"/>.</summary>
    public FormerLink? Former { get; private set; }

    /// <summary>Whom the participant can ask: the study's contact, when it names one.</summary>
    public StudyContact? Contact => Former?.Contact ?? Survey?.Link.Contact;

    /// <summary>How long the address must wait before its next unknown link, at <see cref="Step.TooManyGuesses"/>.</summary>
    public TimeSpan RetryAfter { get; private set; }

    public string Lang { get; private set; } = "en";

    public SurveyText Text { get; private set; } = null!;

    public Step Current { get; private set; }

    public SurveyForm Form { get; private set; } = new();

    public bool JustSaved { get; private set; }

    public bool ConsentMissing { get; private set; }

    /// <summary>One key per rendering of the review step: a double click or a resent form submits once.</summary>
    public string IdempotencyKey { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, string? lang, bool saved, bool withdraw, CancellationToken ct)
    {
        if (await LoadAsync(token, lang, ct) is { } refusal)
        {
            return refusal;
        }
        JustSaved = saved;
        if (withdraw && Current is Step.Consent or Step.Questions)
        {
            Current = Step.Withdraw;
        }
        Form = SurveyForm.FromAnswers(Survey.Instrument,
            SurveyJson.ParseAnswers(Survey.SavedAnswers ?? "{}"));
        return Page();
    }

    public async Task<IActionResult> OnPostConsentAsync(string token, string? lang, bool agree, CancellationToken ct)
    {
        if (await LoadAsync(token, lang, ct) is { } refusal)
        {
            return refusal;
        }
        if (Current != Step.Consent)
        {
            return BackToSurvey(token);
        }
        if (!agree)
        {
            ConsentMissing = true;
            return Page();
        }
        await choices.RecordConsentAsync(Survey.Link, ct);
        return BackToSurvey(token);
    }

    public async Task<IActionResult> OnPostAnswersAsync(string token, string? lang, string action, CancellationToken ct)
    {
        if (await LoadAsync(token, lang, ct) is { } refusal)
        {
            return refusal;
        }
        if (Current != Step.Questions)
        {
            return BackToSurvey(token);
        }
        Form = SurveyForm.FromPost(Survey.Instrument, Request.Form, Text);
        var review = action == "review";
        Form.Check(Survey.Scorer, requireRequiredItems: review, Text);
        if (Form.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        await Drafts.SaveAsync(db, Survey.Link, Form.Answers, ct);
        if (!review)
        {
            return BackToSurvey(token, saved: true);
        }
        Current = Step.Review;
        IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(string token, string? lang, string idempotencyKey, CancellationToken ct)
    {
        if (await LoadAsync(token, lang, ct) is { } refusal)
        {
            return refusal;
        }
        Form = SurveyForm.FromPost(Survey.Instrument, Request.Form, Text);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var payload = new AnswerPayload(Form.Answers, Consent: false);
        var key = string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 200 ? Guid.NewGuid().ToString("N") : idempotencyKey;
        var result = await submissions.SubmitAsync(token, payload, errors, key, refusal: false, ct);
        if (result.Outcome == SubmissionOutcome.Invalid)
        {
            Current = Step.Questions;
            Form.Check(Survey.Scorer, requireRequiredItems: true, Text);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        // Created, replayed, already submitted, closed: the GET shows the link's true state.
        return BackToSurvey(token);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string token, string? lang, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(token, lang, ct) is { } refusal)
        {
            return refusal;
        }
        if (confirm && Survey.Status is not Alliance.Data.Surveys.LinkState.Withdrawn)
        {
            await choices.WithdrawAsync(Survey.Link, ct);
        }
        return BackToSurvey(token);
    }

    private async Task<IActionResult?> LoadAsync(string? token, string? lang, CancellationToken ct)
    {
        // Model binding makes a blank route value (GET /s/%20) null: no link has it, so it is an unknown one.
        token ??= "";
        var survey = await links.FindAsync(token, ct);
        if (survey is null)
        {
            return await NoSurveyAsync(token, lang, ct);
        }
        Survey = survey;
        Lang = survey.LanguageFor(lang);
        Text = SurveyText.For(HttpContext, Lang);
        Current = survey.IsOpen ? (survey.NeedsConsent ? Step.Consent : Step.Questions)
            : survey.Status switch
            {
                LinkState.Submitted => Step.ThankYou,
                LinkState.NotOpen => Step.NotOpen,
                _ => Step.Closed,
            };
        return null;
    }

    /// <summary>
    /// The page of a token that is no link: 410 for a link a reissued one replaced (in its invitation's language, with
    /// its study's contact), else 404 in the language the request asks for (<c>?lang=</c>, else Accept-Language), the
    /// token counted as a guess, or 429 with Retry-After when its address has guessed too often. A replaced link is no
    /// guess: its holder was given it.
    /// </summary>
    private async Task<IActionResult> NoSurveyAsync(string token, string? lang, CancellationToken ct)
    {
        Former = await links.FindReplacedAsync(token, ct);
        var wait = Former is null ? await limiter.CountGuessAsync(HttpContext.Connection.RemoteIpAddress, token, ct) : null;
        Lang = Languages.IsWritten(lang) ? lang! : Languages.OrDefault(Former?.Language ?? CultureInfo.CurrentUICulture.Name);
        Text = SurveyText.For(HttpContext, Lang);
        (Current, Response.StatusCode) = Former is not null ? (Step.Replaced, StatusCodes.Status410Gone)
            : wait is null ? (Step.Unknown, StatusCodes.Status404NotFound)
            : (Step.TooManyGuesses, StatusCodes.Status429TooManyRequests);
        if (wait is { } retryAfter)
        {
            RetryAfter = retryAfter;
            TokenGuessLimiter.TellRetryAfter(Response, retryAfter);
        }
        return Page();
    }

    /// <summary>Post-redirect-get: a reload or the back button never resends a form.</summary>
    private RedirectResult BackToSurvey(string token, bool saved = false) =>
        Redirect($"/s/{Uri.EscapeDataString(token)}?lang={Lang}" + (saved ? "&saved=true#status" : ""));
}
