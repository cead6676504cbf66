using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Alliance.Web.Tests.Workspace.Setup;

namespace Alliance.Web.Tests.Workspace.Instruments;

/// <summary>Making a test link on the instruments page and answering it on its participant page, as browsers would.</summary>
internal static partial class TestLinkPages
{
    /// <summary>Posts the instruments page's "test link" button; returns the link's token, read from the page.</summary>
    public static async Task<string> MakeAsync(HttpClient researcher, long studyId, string formId, string? formVersion, string language)
    {
        var fields = new List<(string, string)> { ("formId", formId), ("language", language) };
        if (formVersion is not null)
        {
            fields.Add(("formVersion", formVersion));
        }
        using var made = await SetupPages.PostAsync(researcher, studyId, "instruments", "testLink", [.. fields]);
        var page = await made.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        return TokenInPage().Match(page) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no test link on the page");
    }

    /// <summary>Answers the test link's form: the questions page's review button, then the review page's submit.</summary>
    public static async Task<HttpResponseMessage> AnswerAsync(HttpClient participant, string token, IReadOnlyDictionary<string, double> answers, string? key = null)
    {
        var url = "/s/test/" + token;
        var fields = answers.Select(a => KeyValuePair.Create("a." + a.Key, a.Value.ToString("R", CultureInfo.InvariantCulture))).ToList();
        using var review = await Researchers.PostFormAsync(participant, url, [.. fields, KeyValuePair.Create("action", "review")], url + "?handler=Answers&lang=en");
        var reviewPage = await review.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        key ??= KeyInPage().Match(reviewPage).Groups[1].Value;
        return await Researchers.PostFormAsync(participant, url, [.. fields, KeyValuePair.Create("idempotencyKey", key)], url + "?handler=Submit&lang=en");
    }

    [GeneratedRegex("/s/test/([A-Za-z0-9_-]{43})")]
    private static partial Regex TokenInPage();

    [GeneratedRegex("name=\"idempotencyKey\" value=\"([0-9a-f]+)\"")]
    private static partial Regex KeyInPage();
}
