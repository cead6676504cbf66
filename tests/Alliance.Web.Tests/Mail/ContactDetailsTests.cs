using System.Net;
using System.Text;
using Alliance.Data.Audit;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace;
using Alliance.Web.Tests.Workspace.Sessions;
using Alliance.Web.Tests.Workspace.Setup;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Web.Tests.Mail;

/// <summary>
/// Contact details on the participants page: stored encrypted (the address is in no column of the database), shown
/// masked, shown in full only on request with an audit entry; an invalid address is refused at its field and nothing is
/// saved. And the mail page's templates refuse an unknown placeholder.
/// </summary>
public sealed class ContactDetailsTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static string NewAddress() => $"ana-{Guid.NewGuid():N}@example.org";

    private async Task<(SessionStudy.Seeded Seeded, HttpClient Browser)> StudyAsync()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        return (seeded, await Researchers.SignedInAsync(app, seeded.Owner));
    }

    [Fact]
    public async Task AnAddressIsStoredEncryptedShownMaskedAndInFullOnlyWithAnAuditEntry()
    {
        var (seeded, browser) = await StudyAsync();
        var address = NewAddress();

        using (var set = await SetupPages.PostAsync(browser, seeded.StudyId, "participants", "setContact",
            ("role", "client"), ("code", "C01"), ("email", address), ("phone", "+49 30 1234 5642")))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        // Nowhere in the database in plain text: not the client row, not its bytea, not the audit log.
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand(
                "SELECT c::text, contact_encrypted FROM clients c WHERE study_id = $1 AND code = 'C01'", connection);
            read.Parameters.AddWithValue(seeded.StudyId);
            await using (var reader = await read.ExecuteReaderAsync())
            {
                Assert.True(await reader.ReadAsync());
                Assert.DoesNotContain(address, reader.GetString(0), StringComparison.Ordinal);
                Assert.DoesNotContain("ana-", Encoding.Latin1.GetString(reader.GetFieldValue<byte[]>(1)), StringComparison.Ordinal);
            }
            await using var audit = new NpgsqlCommand("SELECT coalesce(string_agg(a::text, ' '), '') FROM audit_log a", connection);
            Assert.DoesNotContain(address, (string)(await audit.ExecuteScalarAsync())!, StringComparison.Ordinal);
        }

        var page = await browser.GetStringAsync(SetupPages.Url(seeded.StudyId, "participants"));
        Assert.Contains("a•••@example.org", page, StringComparison.Ordinal);
        Assert.Contains("••• 42", page, StringComparison.Ordinal);
        Assert.DoesNotContain(address, page, StringComparison.Ordinal);

        using var shown = await SetupPages.PostAsync(browser, seeded.StudyId, "participants", "showContact", ("role", "client"), ("code", "C01"));
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        Assert.Contains(address, await shown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.OpenDb();
        var views = await db.AuditLog.Where(a => a.StudyId == seeded.StudyId && a.Action == AuditActions.ContactViewed).ToListAsync();
        var view = Assert.Single(views);
        Assert.Contains("\"code\": \"C01\"", view.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnInvalidAddressIsRefusedAtItsFieldAndNothingIsSaved()
    {
        var (seeded, browser) = await StudyAsync();

        using var refused = await SetupPages.PostAsync(browser, seeded.StudyId, "participants", "setContact",
            ("role", "client"), ("code", "C01"), ("email", "ana@example"), ("phone", ""));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = await SetupPages.TextAsync(refused);
        Assert.Contains("id=\"contact-email-error\"", text, StringComparison.Ordinal);
        Assert.Contains("Enter one e-mail address such as name@example.org", text, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.Null(await db.Clients.Where(c => c.StudyId == seeded.StudyId && c.Code == "C01").Select(c => c.ContactEncrypted).SingleAsync());
    }

    [Fact]
    public async Task ATemplateWithAnUnknownPlaceholderIsRefusedAndNotSaved()
    {
        var (seeded, browser) = await StudyAsync();

        using var refused = await SetupPages.PostAsync(browser, seeded.StudyId, "mail", "template",
            ("purpose", "session.invitation"), ("language", "en"), ("subject", "Session {session}"), ("body", "Hello {firstname}, {link}"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var text = await SetupPages.TextAsync(refused);
        Assert.Contains("id=\"template-body-error\"", text, StringComparison.Ordinal);
        Assert.Contains("Unknown placeholders: {firstname}", text, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.Equal(0, await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM mail_templates WHERE study_id = {seeded.StudyId}").SingleAsync());

        using var saved = await SetupPages.PostAsync(browser, seeded.StudyId, "mail", "template",
            ("purpose", "session.invitation"), ("language", "en"), ("subject", "Session {session}"), ("body", "Hello {name}, {link}"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
