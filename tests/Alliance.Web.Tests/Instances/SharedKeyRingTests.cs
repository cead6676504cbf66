using System.Net;
using System.Text.RegularExpressions;
using Alliance.Testing.Surveys;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// Issue 15, item 4: with the key ring in PostgreSQL, what one instance protected (a researcher's sign-in cookie, a
/// form's antiforgery token) the other reads, whichever instance a proxy sends the next request to. Before, each
/// instance kept its own ring in its owner's home directory and the other answered with the sign-in page or a 400.
/// </summary>
public abstract partial class SharedKeyRingTests<TPair>(TPair pair) : IClassFixture<TPair> where TPair : InstancePair
{
    [Fact]
    public async Task AResearcherSignedInOnOneInstanceIsSignedInOnTheOther()
    {
        Researchers.Member member;
        await using (var db = pair.OpenDb())
        {
            member = await Researchers.CreateAsync(db, "owner");
        }
        using var browser = new SharedBrowser(pair);

        using var signIn = await Researchers.PostSignInAsync(browser.A, member.Email, member.Password);
        using var onB = await browser.B.GetAsync($"/studies/{member.StudyId}");
        using var onA = await browser.A.GetAsync($"/studies/{member.StudyId}");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onA.StatusCode);
    }

    [Fact]
    public async Task AParticipantFormLoadedFromOneInstanceIsAcceptedWhenPostedToTheOther()
    {
        StudySeed.Link link;
        await using (var db = pair.OpenDb())
        {
            link = (await StudySeed.CreateAsync(db, consentRequired: false, expiresIn: null, ("client", "session-vas")))[0];
        }
        using var browser = new SharedBrowser(pair);

        var page = await browser.A.GetStringAsync($"/s/{link.Token}");
        var token = AntiforgeryField().Match(page).Groups[1].Value;
        using var saved = await browser.B.PostAsync($"/s/{link.Token}?handler=Answers", new FormUrlEncodedContent(
            [KeyValuePair.Create("a.sv1", "5"), KeyValuePair.Create("action", "save"),
             KeyValuePair.Create("__RequestVerificationToken", token)]));

        Assert.NotEmpty(token);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var check = pair.OpenDb();
        Assert.True(await check.Drafts.AnyAsync(d => d.InvitationId == link.InvitationId));
    }

    [Fact]
    public async Task TheStoredKeyRingHoldsNoKeyInTheClear()
    {
        await using var db = pair.OpenDb();
        var stored = await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();

        // Two instances started together made one key between them (the first key is made under an advisory lock).
        var xml = Assert.Single(stored);
        // Unencrypted, the framework stores <masterKey><value>base64 of the key</value></masterKey>.
        Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        Assert.Contains("aesGcmEncryptedSecret", xml, StringComparison.Ordinal);
        Assert.Contains("AesGcmXmlDecryptor", xml, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
