using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.Testing.Hosting;
using Alliance.Testing.Surveys;

namespace Alliance.Web.Tests.Surveys;

/// <summary>
/// The survey page's small frictions (issue #20), server side and without JavaScript: the participant title and
/// instruction line, progress over required items, an error summary that names each item once, a title that says
/// there are errors, and a step error that names the step, in the page and in the API alike.
/// </summary>
public partial class SurveyFrictionTests(RunningApp app) : IClassFixture<RunningApp>
{
    private async Task<StudySeed.Link> NewLinkAsync(string instrument)
    {
        await using var db = app.OpenDb();
        return (await StudySeed.CreateAsync(db, false, null, ("client", instrument)))[0];
    }

    private HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

    /// <summary>Posts the questions form with these answers (item id → text) as a browser without script does.</summary>
    private static async Task<(HttpStatusCode Status, string Html)> PostAnswersAsync(HttpClient browser, string token, string lang,
        string action, params (string Item, string Text)[] answers)
    {
        var page = await browser.GetStringAsync($"/s/{token}?lang={lang}");
        var antiforgery = Antiforgery().Match(page).Groups[1].Value;
        using var response = await browser.PostAsync($"/s/{token}?handler=Answers&lang={lang}", new FormUrlEncodedContent(
            [.. answers.Select(a => KeyValuePair.Create("a." + a.Item, a.Text)),
             KeyValuePair.Create("action", action), KeyValuePair.Create("__RequestVerificationToken", antiforgery)]));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static string ProgressText(string html) => ProgressLine().Match(html).Groups[1].Value;

    [Fact]
    public async Task ParticipantsSeeTheFormsParticipantTitleAndItsInstructionAboveTheItems()
    {
        var link = await NewLinkAsync("session-vas");
        using var browser = Browser();

        var english = WebUtility.HtmlDecode(await browser.GetStringAsync($"/s/{link.Token}?lang=en"));
        var german = WebUtility.HtmlDecode(await browser.GetStringAsync($"/s/{link.Token}?lang=de"));

        Assert.Contains("<h1>How was today's session?</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<title>How was today's session? · Alliance</title>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("four lines", english, StringComparison.Ordinal);
        var instruction = english.IndexOf("<p class=\"instruction\" id=\"instruction\">Think about today's session.", StringComparison.Ordinal);
        Assert.InRange(instruction, 0, english.IndexOf("id=\"item-sv1\"", StringComparison.Ordinal));
        Assert.Contains("<h1>Wie war die heutige Sitzung?</h1>", german, StringComparison.Ordinal);
        Assert.Contains("Denken Sie an die heutige Sitzung.", german, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiGivesTheParticipantTitleAndInstructionBesideTheTitle()
    {
        var link = await NewLinkAsync("session-vas");

        var survey = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{link.Token}?lang=de");

        var instrument = survey.GetProperty("instrument");
        Assert.Equal("Sitzungscheck — vier Linien", instrument.GetProperty("title").GetString());
        Assert.Equal("Wie war die heutige Sitzung?", instrument.GetProperty("participant_title").GetString());
        Assert.StartsWith("Denken Sie an die heutige Sitzung.", instrument.GetProperty("instruction").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgressCountsRequiredItemsAndSaysWhenAllAreAnswered()
    {
        var link = await NewLinkAsync("session-vas");
        using var browser = Browser();

        Assert.Equal("Required questions answered: 0 of 4", ProgressText(await browser.GetStringAsync($"/s/{link.Token}?lang=en")));
        var (partly, _) = await PostAnswersAsync(browser, link.Token, "en", "save", ("sv1", "4"), ("sv2", "5"));
        Assert.Equal(HttpStatusCode.Redirect, partly);
        Assert.Equal("Required questions answered: 2 of 4", ProgressText(await browser.GetStringAsync($"/s/{link.Token}?lang=en")));
        Assert.Equal("Beantwortete Pflichtfragen: 2 von 4", ProgressText(await browser.GetStringAsync($"/s/{link.Token}?lang=de")));
        await PostAnswersAsync(browser, link.Token, "en", "save", ("sv1", "4"), ("sv2", "5"), ("sv3", "6"), ("sv4", "7"));
        Assert.Equal("All required questions answered", ProgressText(await browser.GetStringAsync($"/s/{link.Token}?lang=en")));
    }

    [Fact]
    public async Task AFormOfOptionalItemsCountsAllItsQuestions()
    {
        var link = await NewLinkAsync("tr-client");
        using var browser = Browser();

        Assert.Equal("Questions answered: 0 of 6", ProgressText(await browser.GetStringAsync($"/s/{link.Token}?lang=en")));
    }

    [Fact]
    public async Task TheErrorSummaryNamesEachItemOnceByNumberAndTextRightAfterTheHeading()
    {
        var link = await NewLinkAsync("session-vas");
        using var browser = Browser();

        var (status, html) = await PostAnswersAsync(browser, link.Token, "en", "review", ("sv2", "8"), ("sv3", "11"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("<title>Error: How was today's session? · Alliance</title>", html, StringComparison.Ordinal);
        var summary = Summary().Match(html);
        Assert.True(summary.Success, "no error summary");
        Assert.Matches(@"<h1>How was today's session\?</h1>\s*<div class=""error-summary"" role=""alert"" aria-labelledby=""error-summary-title"" tabindex=""-1""", html);
        var entries = SummaryEntry().Matches(summary.Value).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "")).ToList();
        Assert.Equal(
        [
            "1. How connected did you feel with your therapist today? — Please answer this question.",
            "3. How well did the way you worked together today suit you? — Please give a value from 0 to 10.",
            "4. All in all, how worthwhile was today's session for you? — Please answer this question.",
        ], entries);
    }

    [Theory]
    [InlineData("9.25", "en", "Please use steps of 0.1, such as 9.2 or 9.3.")]
    [InlineData("9,25", "de", "Bitte in Schritten von 0.1 antworten, etwa 9.2 oder 9.3.")]
    [InlineData("10.5", "en", "Please give a value from 0 to 10.")]
    public async Task AnOffStepAnswerIsToldTheStepAndOnlyAnOutOfRangeOneTheRange(string typed, string lang, string message)
    {
        var link = await NewLinkAsync("session-vas");
        using var browser = Browser();

        var (status, html) = await PostAnswersAsync(browser, link.Token, lang, "save", ("sv1", typed));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains($"<p class=\"error\" id=\"err-sv1\">{message}</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiNamesTheStepInTheSameWords()
    {
        var link = await NewLinkAsync("session-vas");

        using var response = await app.Client.PutAsync($"/api/v1/surveys/{link.Token}/draft",
            JsonContent.Create(new { answers = new { sv1 = 9.25 } }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("item 'sv1': 9.25 is not on the scale's step; use steps of 0.1, such as 9.2 or 9.3 (accepted: 0 to 10 in steps of 0.1)",
            problem.GetProperty("errors").GetProperty("sv1")[0].GetString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("<p class=\"progress-text\" id=\"progress-text\"[^>]*>([^<]*)</p>")]
    private static partial Regex ProgressLine();

    [GeneratedRegex("<div class=\"error-summary\".*?</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex("<li><a href=\"#item-[^\"]+\">(.*?)</a></li>", RegexOptions.Singleline)]
    private static partial Regex SummaryEntry();
}
