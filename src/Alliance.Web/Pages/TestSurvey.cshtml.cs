using System.Globalization;
using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Data.TestLinks;
using Alliance.Instruments.Scoring;
using Alliance.Web.Localisation;
using Alliance.Web.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>
/// A test link's page, <c>/s/test/{token}</c>: the participant page's header, questions and review (the same partials
/// as <c>/s/{token}</c>), its answers checked by the form's scorer exactly as a participant's are, and stored in
/// <c>test_answers</c> (<see cref="TestLinkStore"/>), never as a response or draft. Every step says it is a test. No
/// consent or withdrawal step: those belong to a participant, and a test link has none. A token that is no unexpired
/// test link (a participant's token included) gets the page an unknown participant link gets, counted as a guess.
/// </summary>
internal sealed class TestSurveyModel(AllianceDbContext db, FrozenInstruments instruments, TokenGuessLimiter limiter, TimeProvider clock)
    : PageModel
{
    public enum Step { Questions, Review, ThankYou, Unknown, TooManyGuesses }

    /// <summary>The link; null (only) at <see cref="Step.Unknown"/> and <see cref="Step.TooManyGuesses"/>.</summary>
    public TestLink Link { get; private set; } = null!;

    public InstrumentScorer Scorer { get; private set; } = null!;

    public string Lang { get; private set; } = "en";

    public SurveyText Text { get; private set; } = null!;

    public Step Current { get; private set; }

    public SurveyForm Form { get; private set; } = new();

    public bool JustSaved { get; private set; }

    /// <summary>One key per rendering of the review step: a double click or a resent form is stored once.</summary>
    public string IdempotencyKey { get; private set; } = "";

    /// <summary>How long the address must wait before its next unknown link, at <see cref="Step.TooManyGuesses"/>.</summary>
    public TimeSpan RetryAfter { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, string? lang, bool saved, bool sent, CancellationToken ct)
    {
        if (await LoadAsync(token, lang, ct) is { } refusal)
        {
            return refusal;
        }
        JustSaved = saved;
        Current = sent ? Step.ThankYou : Step.Questions;
        Form = SurveyForm.FromAnswers(Scorer.Instrument, SurveyJson.ParseAnswers(Link.Draft ?? "{}"));
        return Page();
    }

    public async Task<IActionResult> OnPostAnswersAsync(string token, string? lang, string action, CancellationToken ct)
    {
        if (await LoadAsync(token, lang, ct) is { } refusal)
        {
            return refusal;
        }
        Form = SurveyForm.FromPost(Scorer.Instrument, Request.Form, Text);
        var review = action == "review";
        Form.Check(Scorer, requireRequiredItems: review, Text);
        if (Form.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        await TestLinkStore.SaveDraftAsync(db, Link, Form.Answers, ct);
        if (!review)
        {
            return Back(token, "&saved=true#status");
        }
        Current = Step.Review;
        IdempotencyKey = Guid.NewGuid().ToString("N");
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(string token, string? lang, string? idempotencyKey, CancellationToken ct)
    {
        if (await LoadAsync(token, lang, ct) is { } refusal)
        {
            return refusal;
        }
        Form = SurveyForm.FromPost(Scorer.Instrument, Request.Form, Text);
        Form.Check(Scorer, requireRequiredItems: true, Text);
        if (Form.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        var key = string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 200 ? Guid.NewGuid().ToString("N") : idempotencyKey;
        await TestLinkStore.AddAnswerAsync(db, Link, key, Form.Answers, ct);
        return Back(token, "&sent=true");
    }

    private async Task<IActionResult?> LoadAsync(string? token, string? lang, CancellationToken ct)
    {
        token ??= "";
        var link = await TestLinkStore.FindAsync(db, token, clock.GetUtcNow(), ct);
        if (link is null)
        {
            return await NoLinkAsync(token, lang, ct);
        }
        Link = link;
        Scorer = await instruments.GetAsync(link.ContentHash, link.InstrumentId, () => Task.FromResult(link.Definition));
        var languages = Scorer.Instrument.Header.Languages;
        Lang = lang is not null && languages.Contains(lang, StringComparer.Ordinal) ? lang : link.Language;
        Text = SurveyText.For(HttpContext, Lang);
        return null;
    }

    /// <summary>As the participant page answers an unknown link: 404 in the request's language, or 429 after too many guesses.</summary>
    private async Task<IActionResult> NoLinkAsync(string token, string? lang, CancellationToken ct)
    {
        var wait = await limiter.CountGuessAsync(HttpContext.Connection.RemoteIpAddress, token, ct);
        Lang = Languages.IsWritten(lang) ? lang! : Languages.OrDefault(CultureInfo.CurrentUICulture.Name);
        Text = SurveyText.For(HttpContext, Lang);
        (Current, Response.StatusCode) = wait is null
            ? (Step.Unknown, StatusCodes.Status404NotFound)
            : (Step.TooManyGuesses, StatusCodes.Status429TooManyRequests);
        if (wait is { } retryAfter)
        {
            RetryAfter = retryAfter;
            TokenGuessLimiter.TellRetryAfter(Response, retryAfter);
        }
        return Page();
    }

    /// <summary>Post-redirect-get: a reload or the back button never resends a form.</summary>
    private RedirectResult Back(string token, string query) =>
        Redirect($"/s/test/{Uri.EscapeDataString(token)}?lang={Lang}{query}");
}
