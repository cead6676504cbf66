using System.Globalization;
using Alliance.Data.Demo;
using Alliance.Data.Export;
using Alliance.Data.Model;
using Alliance.Data.Tests.Import;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Export;

public sealed class StudyIsolationTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Theory]
    [InlineData(ExportFormat.Long)]
    [InlineData(ExportFormat.Wide)]
    [InlineData(ExportFormat.Dyadic)]
    public async Task AnExportContainsOnlyItsOwnStudysRows(ExportFormat format)
    {
        long a, b;
        await using (var db = database.Open())
        {
            a = (await DemoStudy.SeedAsync(db, "http://x", 1, CancellationToken.None)).StudyId;
            b = (await DemoStudy.SeedAsync(db, "http://x", 1, CancellationToken.None)).StudyId;
        }
        var rows = RoundTripTests.Rows(await ExportAsync(a, format));

        Assert.All(rows, r => Assert.Equal(a.ToString(CultureInfo.InvariantCulture), r["study_id"]));
        await using var check = database.Open();
        var expected = format switch
        {
            ExportFormat.Long => await check.ResponseItems.CountAsync(i => i.StudyId == a),
            ExportFormat.Wide => await check.Responses.CountAsync(r => r.StudyId == a),
            // One row per dyad, session and construct: the session form after every session, the alliance pair at 3, 6, 10.
            _ => 24 * (DemoStudy.AnsweredSessions + DemoStudy.AllianceSessions.Count),
        };
        Assert.Equal(expected, rows.Count);
        if (format != ExportFormat.Dyadic)
        {
            var responsesOfB = (await check.Responses.Where(r => r.StudyId == b).Select(r => r.ResponseId).ToListAsync())
                .Select(id => id.ToString()).ToHashSet();
            Assert.DoesNotContain(rows, r => responsesOfB.Contains(r["response_id"]));
        }
        var audit = await check.AuditLog.Where(e => e.Action == "export").ToListAsync();
        Assert.Contains(audit, e => e.StudyId == a);
        Assert.DoesNotContain(audit, e => e.StudyId == b);
    }

    [Fact]
    public async Task WithdrawnClientsAreLeftOutOfExports()
    {
        long study;
        Guid withdrawn;
        await using (var db = database.Open())
        {
            study = (await DemoStudy.SeedAsync(db, "http://x", 3, CancellationToken.None)).StudyId;
            withdrawn = (await db.Clients.SingleAsync(c => c.StudyId == study && c.Code == "C05")).ClientId;
            db.Withdrawals.Add(new Withdrawal { StudyId = study, WithdrawalId = Guid.CreateVersion7(), ClientId = withdrawn, WithdrawnAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }
        var rows = RoundTripTests.Rows(await ExportAsync(study, ExportFormat.Wide));
        Assert.DoesNotContain(rows, r => r["client"] == "C05" && r["role"] == "client");
        Assert.Contains(rows, r => r["client"] == "C05" && r["role"] == "therapist");
        // C05's own forms are gone: 10 session forms and 3 alliance forms; their therapist's 3 stay.
        Assert.Equal(24 * 16 - (10 + 3), rows.Count);
    }

    [Fact]
    public async Task ExportingAnUnknownStudyFailsWithoutWriting()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        await Assert.ThrowsAsync<StudyExportException>(() =>
            StudyExport.WriteAsync(database.ConnectionString, 987654, new ExportOptions(ExportFormat.Long, "test"), text, CancellationToken.None));
        Assert.Equal("", text.ToString());
    }

    private async Task<string> ExportAsync(long study, ExportFormat format)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        await StudyExport.WriteAsync(database.ConnectionString, study, new ExportOptions(format, "test"), text, CancellationToken.None);
        return text.ToString();
    }
}
