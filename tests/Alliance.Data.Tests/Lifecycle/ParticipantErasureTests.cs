using System.Globalization;
using System.IO.Compression;
using System.Text;
using Alliance.Data.Backup;
using Alliance.Data.Embedded;
using Alliance.Data.Export;
using Alliance.Data.Lifecycle;
using Alliance.Data.Mail;
using Alliance.Data.Model;
using Alliance.Data.Tests.Dashboard;
using Alliance.Instruments;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Lifecycle;

/// <summary>
/// The erasure of #17: after erasing a participant on request, nothing of them (codes, former code, contact details,
/// the key of their answers, their withdrawal reason) is in any row of any table, in any export made afterwards (long,
/// wide, dyadic, FHIR, bundle) or in a backup made afterwards, and the dashboard's kept counts still equal a recount.
/// </summary>
public sealed class ParticipantErasureTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static Task<ErasureMode?> EraseAsync(AllianceDbContext db, ErasableClient client) =>
        ParticipantErasure.EraseAsync(db, client.StudyId, RaterRole.Client, client.ClientId, "account:owner", DateTimeOffset.UtcNow, null, Ct);

    [Fact]
    public async Task ErasureDeletesTheirQueuedMailAndItsOutboxCopiesButNotOthers()
    {
        var client = await ErasableClient.SeedAsync(database.ConnectionString);
        var queue = new MailQueue(new EphemeralDataProtectionProvider());
        var outbox = Directory.CreateTempSubdirectory("alliance-outbox-").FullName;
        try
        {
            await using (var db = database.Open())
            {
                foreach (var (key, participant) in new[] { ("theirs", client.ClientId), ("someone else's", Guid.NewGuid()) })
                {
                    Assert.True(await queue.EnqueueAsync(db, new OutgoingMail
                    {
                        To = "erasable@example.org", Subject = "Your questionnaire", Body = "Please answer.",
                        Purpose = MailPurposes.SessionInvitation, DedupeKey = key + client.StudyId, StudyId = client.StudyId,
                        ParticipantId = participant,
                    }, Ct));
                }
            }
            await using (var db = database.Open())
            {
                var ids = await db.Database.SqlQuery<Guid>($"SELECT message_id AS \"Value\" FROM mail_messages WHERE study_id = {client.StudyId}").ToListAsync();
                Assert.Equal(2, ids.Count);
                foreach (var id in ids)
                {
                    await File.WriteAllTextAsync(OutboxFiles.PathOf(outbox, id), "To: erasable@example.org\r\n\r\nPlease answer.");
                }
                Assert.NotNull(await ParticipantErasure.EraseAsync(db, client.StudyId, RaterRole.Client, client.ClientId, "account:owner",
                    DateTimeOffset.UtcNow, outbox, Ct));
            }

            await using (var db = database.Open())
            {
                var left = await db.Database.SqlQuery<Guid>($"SELECT participant_id AS \"Value\" FROM mail_messages WHERE study_id = {client.StudyId}").ToListAsync();
                Assert.DoesNotContain(client.ClientId, left);
                Assert.Single(left);
                Assert.Equal([OutboxFiles.PathOf(outbox, (await db.Database.SqlQuery<Guid>(
                    $"SELECT message_id AS \"Value\" FROM mail_messages WHERE study_id = {client.StudyId}").ToListAsync()).Single())],
                    Directory.GetFiles(outbox));
            }
        }
        finally
        {
            Directory.Delete(outbox, true);
        }
    }

    [Fact]
    public async Task AnonymisedClientLeavesNothingInTheDatabaseExportsOrABackupAndThePartnersAnswersStay()
    {
        var client = await ErasableClient.SeedAsync(database.ConnectionString);
        Assert.NotEmpty(await client.FoundInDatabaseAsync(database.ConnectionString));

        await using (var db = database.Open())
        {
            Assert.Equal(ErasureMode.Anonymise, await EraseAsync(db, client));
        }

        Assert.Empty(await client.FoundInDatabaseAsync(database.ConnectionString));
        await using (var db = database.Open())
        {
            Assert.Equal(0, await db.Responses.CountAsync(r => r.StudyId == client.StudyId && r.InvitationId == client.ClientInvitation));
            Assert.Equal(1, await db.Responses.CountAsync(r => r.StudyId == client.StudyId && r.InvitationId == client.TherapistInvitation));
            var own = db.Invitations.Where(i => i.StudyId == client.StudyId && i.Role == RaterRole.Client
                && db.Sessions.Any(s => s.SessionId == i.SessionId && s.DyadId == client.DyadId));
            Assert.Equal(0, await db.Drafts.CountAsync(d => own.Any(i => i.InvitationId == d.InvitationId)));
            Assert.Equal(0, await db.ConsentRecords.CountAsync(c => own.Any(i => i.InvitationId == c.InvitationId)));
            Assert.All(await own.ToListAsync(), i => Assert.True(i.Status == InvitationStatus.Withdrawn && i.TokenHash is null));
            var row = await db.Clients.SingleAsync(c => c.StudyId == client.StudyId && c.ClientId == client.ClientId);
            Assert.StartsWith(ParticipantErasure.CodePrefix, row.Code, StringComparison.Ordinal);
            Assert.Null(row.ContactEncrypted);
            var dyad = await db.Dyads.SingleAsync(d => d.StudyId == client.StudyId && d.DyadId == client.DyadId);
            Assert.StartsWith(ParticipantErasure.CodePrefix, dyad.Code, StringComparison.Ordinal);
            Assert.NotNull(dyad.EndedOn);
            var entry = await db.AuditLog.SingleAsync(a => a.StudyId == client.StudyId && a.Action == LifecycleActions.ParticipantErased);
            Assert.DoesNotContain(client.ClientId.ToString(), entry.Detail, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("anonymise", entry.Detail, StringComparison.Ordinal);
        }
        await SummaryRecount.AssertTrueAsync(database.ConnectionString, client.StudyId, "an anonymising erasure");
        Assert.Empty(await FoundInExportsAsync(client));
        Assert.Empty(FoundInBackup(client, await BackupAsync()));
    }

    [Fact]
    public async Task DeletingErasureRemovesTheClientWithTheirDyadAndKeepsTheCountsTrue()
    {
        var client = await ErasableClient.SeedAsync(database.ConnectionString);
        await using (var db = database.Open())
        {
            await db.Studies.Where(s => s.StudyId == client.StudyId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Settings, """{"demo": true, "erasure": "delete"}"""));
            Assert.Equal(ErasureMode.Delete, await EraseAsync(db, client));
        }

        Assert.Empty(await client.FoundInDatabaseAsync(database.ConnectionString));
        await using (var db = database.Open())
        {
            Assert.False(await db.Clients.AnyAsync(c => c.StudyId == client.StudyId && c.ClientId == client.ClientId));
            Assert.False(await db.Dyads.AnyAsync(d => d.StudyId == client.StudyId && d.DyadId == client.DyadId));
            Assert.False(await db.Invitations.AnyAsync(i => i.StudyId == client.StudyId
                && (i.InvitationId == client.ClientInvitation || i.InvitationId == client.TherapistInvitation)));
            // Their therapist stays, with their other dyads.
            Assert.True(await db.Dyads.AnyAsync(d => d.StudyId == client.StudyId && d.TherapistId == client.TherapistId));
            Assert.Contains("delete", (await db.AuditLog.SingleAsync(a => a.StudyId == client.StudyId
                && a.Action == LifecycleActions.ParticipantErased)).Detail, StringComparison.Ordinal);
        }
        await SummaryRecount.AssertTrueAsync(database.ConnectionString, client.StudyId, "a deleting erasure");
        Assert.Empty(await FoundInExportsAsync(client));
    }

    [Fact]
    public async Task ErasingSomeoneTheStudyDoesNotHaveChangesNothing()
    {
        var client = await ErasableClient.SeedAsync(database.ConnectionString);
        await using var db = database.Open();
        var audit = await db.AuditLog.CountAsync(a => a.StudyId == client.StudyId);

        Assert.Null(await ParticipantErasure.EraseAsync(db, client.StudyId, RaterRole.Therapist, client.ClientId, "test", DateTimeOffset.UtcNow, null, Ct));

        Assert.Equal(audit, await db.AuditLog.CountAsync(a => a.StudyId == client.StudyId));
        Assert.NotEmpty(await client.FoundInDatabaseAsync(database.ConnectionString));
    }

    /// <summary>The markers found in each export of the study (CSV layouts, FHIR, and every file of each bundle).</summary>
    private async Task<List<string>> FoundInExportsAsync(ErasableClient client)
    {
        var studyId = client.StudyId;
        var found = new List<string>();
        var database1 = new AllianceDatabase(database.ConnectionString);
        foreach (var format in new[] { ExportFormat.Long, ExportFormat.Wide, ExportFormat.Dyadic })
        {
            using var csv = new StringWriter(CultureInfo.InvariantCulture);
            var result = await StudyExport.WriteAsync(database.ConnectionString, studyId, new ExportOptions(format, "test", Labels: true), csv, Ct);
            Assert.True(result.Rows > 0, $"{format}: the export is empty, so it proves nothing");
            found.AddRange(client.FoundIn(csv.ToString()).Select(m => $"{format}: {m}"));
            using var zip = new MemoryStream();
            await ExportBundle.WriteAsync(database1, studyId, new ExportOptions(format, "test"), zip, Ct);
            using var archive = new ZipArchive(new MemoryStream(zip.ToArray()), ZipArchiveMode.Read);
            foreach (var entry in archive.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                found.AddRange(client.FoundIn(await reader.ReadToEndAsync()).Select(m => $"{format} bundle {entry.FullName}: {m}"));
            }
        }
        using var fhir = new MemoryStream();
        Assert.True(await FhirResponseExport.WriteAsync(database1, studyId, "test", fhir, Ct) > 0);
        found.AddRange(client.FoundIn(Encoding.UTF8.GetString(fhir.ToArray())).Select(m => $"fhir: {m}"));
        return found;
    }

    private async Task<string> BackupAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), "alliance-erasure-" + Guid.NewGuid().ToString("N"));
        await DatabaseBackup.BackupAsync(database.ConnectionString, output, TextWriter.Null, Ct);
        return output;
    }

    /// <summary>The markers in any file of the backup (the dump's table files are gzip-compressed: read them unpacked).</summary>
    private static List<string> FoundInBackup(ErasableClient client, string directory)
    {
        try
        {
            var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).ToList();
            Assert.Contains(files, f => f.EndsWith(".dat.gz", StringComparison.Ordinal) || f.EndsWith(".dat", StringComparison.Ordinal));
            var found = new List<string>();
            foreach (var file in files)
            {
                using Stream raw = File.OpenRead(file);
                using Stream content = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(raw, CompressionMode.Decompress) : raw;
                using var reader = new StreamReader(content, Encoding.UTF8);
                found.AddRange(client.FoundIn(reader.ReadToEnd()).Select(m => $"{Path.GetFileName(file)}: {m}"));
            }
            return found;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
