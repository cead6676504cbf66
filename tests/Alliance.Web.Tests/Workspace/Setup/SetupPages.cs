using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace.Setup;

/// <summary>Posting the set-up and participants pages' forms as a browser would.</summary>
internal static partial class SetupPages
{
    public static string Url(long studyId, string page) =>
        string.Create(CultureInfo.InvariantCulture, $"/studies/{studyId}/{page}?lang=en");

    /// <summary>Posts <paramref name="fields"/> to <paramref name="handler"/> of <paramref name="page"/> (setup or participants).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient browser, long studyId, string page, string handler,
        params (string Name, string Value)[] fields) =>
        Researchers.PostFormAsync(browser, Url(studyId, page), fields.Select(f => KeyValuePair.Create(f.Name, f.Value)),
            Url(studyId, page) + "&handler=" + handler);

    /// <summary>Uploads <paramref name="csv"/> as a file to the participants page's bulk add.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, long studyId, string csv, string pasted = "")
    {
        var page = await browser.GetStringAsync(Url(studyId, "participants"));
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(pasted), "csv");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "dyads.csv");
        return await browser.PostAsync(Url(studyId, "participants") + "&handler=bulk", content);
    }

    /// <summary>A signed-in owner of a new study, with their browser.</summary>
    public static async Task<(Researchers.Member Owner, HttpClient Browser)> OwnerAsync(RunningApp app, string studyName = "Set-up study")
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, Alliance.Data.Model.StudyRoles.Owner, studyName);
        return (owner, await Researchers.SignedInAsync(app, owner));
    }

    /// <summary>The page's text with HTML entities decoded, for asserting on messages.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) =>
        System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
