using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Alliance.Web.Tests.Workspace.Setup;

namespace Alliance.Web.Tests.Workspace.Instruments;

/// <summary>The designer's fields as a browser posts them, for a small valid instrument in English and German.</summary>
internal static class DesignerForm
{
    public static string Url(long studyId, string? id = null, string? version = null) => id is null
        ? SetupPages.Url(studyId, "instruments/design")
        : string.Create(CultureInfo.InvariantCulture, $"/studies/{studyId}/instruments/design?formId={id}&formVersion={version}&lang=en");

    /// <summary>Two items on a 1–5 Likert scale (q2 reverse keyed), a total mean; every text in en and de unless left out.</summary>
    public static List<(string Name, string Value)> Valid(string id = "own-scale", bool german = true)
    {
        var fields = new List<(string Name, string Value)>
        {
            ("languages[0]", "en"), ("languages[1]", "de"), ("id", id), ("version", "1.0.0"),
            ("title[en]", "Own scale"), ("title[de]", "Eigene Skala"), ("description[en]", "A test form."), ("description[de]", "Ein Testbogen."),
            ("rater", "client"), ("validated", "false"), ("citation", "Tests"), ("licence", "CC0-1.0"),
            ("scales[0].id", "agree5"), ("scales[0].type", "likert"), ("scales[0].min", "1"), ("scales[0].max", "5"),
            ("scales[0].anchors[0].value", "1"), ("scales[0].anchors[0].label[en]", "Not at all"), ("scales[0].anchors[0].label[de]", "Gar nicht"),
            ("scales[0].anchors[1].value", "5"), ("scales[0].anchors[1].label[en]", "Fully"), ("scales[0].anchors[1].label[de]", "Völlig"),
            ("items[0].id", "q1"), ("items[0].text[en]", "We agree on goals."), ("items[0].scale", "agree5"), ("items[0].required", "true"), ("items[0].reversed", "false"),
            ("items[1].id", "q2"), ("items[1].text[en]", "I feel unheard."), ("items[1].scale", "agree5"), ("items[1].required", "true"), ("items[1].reversed", "true"),
            ("hasTotal", "true"), ("total.title[en]", "Total"), ("total.title[de]", "Gesamt"), ("total.scoring", "mean"),
            ("total.missingRule", "min_answered"), ("total.missingValue", "2"),
        };
        if (german)
        {
            fields.AddRange([("items[0].text[de]", "Wir sind uns über Ziele einig."), ("items[1].text[de]", "Ich fühle mich ungehört.")]);
        }
        return fields;
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, string url, IEnumerable<(string Name, string Value)> fields, string act) =>
        Researchers.PostFormAsync(browser, url, fields.Append((Name: "act", Value: act)).Select(f => KeyValuePair.Create(f.Name, f.Value)));

    /// <summary>Uploads <paramref name="json"/> as a definition file on the instruments page.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, long studyId, string json, string name = "form.json",
        string format = "alliance-json", string language = "en")
    {
        var url = SetupPages.Url(studyId, "instruments").Replace("lang=en", "lang=" + language, StringComparison.Ordinal);
        var page = await browser.GetStringAsync(url);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(format), "format");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Add(file, "file", name);
        return await browser.PostAsync(url + "&handler=upload", content);
    }
}
