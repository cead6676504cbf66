using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Invitations;

public sealed class LinkWindowTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "not a positive number of days")]
    [InlineData(-3, "not a positive number of days")]
    [InlineData(366, "longer than a year")]
    public void AWindowOfNoDaysOrOverAYearIsRefusedNamingTheWindow(int days, string why)
    {
        var error = Assert.Single(LinkWindow.Check(0, days));
        Assert.Equal(LinkWindow.WindowField, error.Field);
        Assert.Contains("window", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-31)]
    [InlineData(366)]
    public void AnOffsetOutsideAMonthBeforeToAYearAfterIsRefusedNamingTheOffset(int days)
    {
        var error = Assert.Single(LinkWindow.Check(days, 7));
        Assert.Equal(LinkWindow.OpeningOffsetField, error.Field);
        Assert.Contains("opening offset", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-30, 1)]
    [InlineData(365, 365)]
    [InlineData(null, null)]
    public void TheLimitsThemselvesAndNotGivenAreAccepted(int? offset, int? window) =>
        Assert.Empty(LinkWindow.Check(offset, window));

    [Fact]
    public void BothFieldsAtFaultAreBothReported() =>
        Assert.Equal([LinkWindow.OpeningOffsetField, LinkWindow.WindowField], LinkWindow.Check(-100, 0).Select(e => e.Field));

    [Fact]
    public void ALineWithoutItsOwnWindowFollowsTheStudysDefaults()
    {
        var study = new Study { Name = "s", DefaultOpeningOffsetDays = 1, DefaultWindowDays = 10 };
        var line = new ScheduledForm { Role = RaterRole.Client };
        Assert.Equal(new LinkWindow(1, 10), LinkWindow.Of(study, line));
        line.WindowDays = 3;
        Assert.Equal(new LinkWindow(1, 3), LinkWindow.Of(study, line));
        Assert.Equal(new LinkWindow(0, 7), LinkWindow.Of(new Study { Name = "new" }, new ScheduledForm { Role = RaterRole.Client }));
    }

    [Fact]
    public void AFutureSessionsLinkOpensOnItsDayPlusTheOffsetAndExpiresAWindowLater()
    {
        var window = new LinkWindow(-1, 7);
        var opens = window.OpensAt(new DateOnly(2026, 3, 20), Now);
        Assert.Equal(new DateTimeOffset(2026, 3, 19, 0, 0, 0, TimeSpan.Zero), opens);
        Assert.Equal(new DateTimeOffset(2026, 3, 26, 0, 0, 0, TimeSpan.Zero), window.ExpiresAt(opens, Now));
    }

    [Fact]
    public void ALinkIssuedAfterItsOpeningGetsItsWholeWindowFromItsIssuing()
    {
        var window = new LinkWindow(0, 7);
        var opens = window.OpensAt(new DateOnly(2026, 2, 1), Now);
        Assert.Equal(Now + TimeSpan.FromDays(7), window.ExpiresAt(opens, Now));
    }

    [Fact]
    public void WithoutASessionDateTheLinkOpensNowAndExpiresAWindowFromNow()
    {
        var window = new LinkWindow(3, 5);
        Assert.Equal(Now, window.OpensAt(null, Now));
        Assert.Equal(Now + TimeSpan.FromDays(5), window.ExpiresAt(window.OpensAt(null, Now), Now));
    }

    [Fact]
    public async Task RefusedDefaultsAndLineWindowsStoreNothing()
    {
        var studyId = await TestStudies.CreateAsync(database.ConnectionString, "windows-refused");
        var lineId = await AddLineAsync(studyId);
        await using (var db = database.Open())
        {
            var errors = await ScheduleWindows.SetStudyDefaultsAsync(db, studyId, 2, 400, CancellationToken.None);
            Assert.Equal([LinkWindow.WindowField], errors.Select(e => e.Field));
            errors = await ScheduleWindows.SetLineAsync(db, studyId, lineId, -60, -1, CancellationToken.None);
            Assert.Equal([LinkWindow.OpeningOffsetField, LinkWindow.WindowField], errors.Select(e => e.Field));
        }

        await using var check = database.Open();
        var study = await check.Studies.SingleAsync(s => s.StudyId == studyId);
        Assert.Equal((0, 7), (study.DefaultOpeningOffsetDays, study.DefaultWindowDays));
        var line = await check.ScheduledForms.SingleAsync(f => f.StudyId == studyId);
        Assert.Null(line.OpeningOffsetDays);
        Assert.Null(line.WindowDays);
    }

    [Fact]
    public async Task AcceptedDefaultsAndLineWindowsAreStored()
    {
        var studyId = await TestStudies.CreateAsync(database.ConnectionString, "windows-stored");
        var lineId = await AddLineAsync(studyId);
        await using (var db = database.Open())
        {
            Assert.Empty(await ScheduleWindows.SetStudyDefaultsAsync(db, studyId, -2, 14, CancellationToken.None));
            Assert.Empty(await ScheduleWindows.SetLineAsync(db, studyId, lineId, 3, null, CancellationToken.None));
        }

        await using var check = database.Open();
        var study = await check.Studies.SingleAsync(s => s.StudyId == studyId);
        Assert.Equal((-2, 14), (study.DefaultOpeningOffsetDays, study.DefaultWindowDays));
        Assert.Equal(TimeSpan.FromDays(14), study.LinkExpiry);
        var line = await check.ScheduledForms.SingleAsync(f => f.StudyId == studyId);
        Assert.Equal(3, line.OpeningOffsetDays);
        Assert.Null(line.WindowDays);
        Assert.Equal(new LinkWindow(3, 14), LinkWindow.Of(study, line));
    }

    [Fact]
    public async Task TheDatabaseRefusesAWindowNoCheckSaw()
    {
        var studyId = await TestStudies.CreateAsync(database.ConnectionString, "windows-database");
        await AddLineAsync(studyId);
        await using var db = database.Open();

        var study = await Assert.ThrowsAsync<PostgresException>(() => db.Studies.Where(s => s.StudyId == studyId)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.DefaultWindowDays, 0)));
        Assert.Equal("ck_studies_default_window_days", study.ConstraintName);
        var line = await Assert.ThrowsAsync<PostgresException>(() => db.ScheduledForms.Where(f => f.StudyId == studyId)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.WindowDays, 366)));
        Assert.Equal("ck_scheduled_forms_window_days", line.ConstraintName);
        var offset = await Assert.ThrowsAsync<PostgresException>(() => db.ScheduledForms.Where(f => f.StudyId == studyId)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.OpeningOffsetDays, -31)));
        Assert.Equal("ck_scheduled_forms_opening_offset_days", offset.ConstraintName);
    }

    private async Task<Guid> AddLineAsync(long studyId)
    {
        await using var db = database.Open();
        var version = await db.InstrumentVersions.SingleAsync(v => v.StudyId == studyId);
        var line = new ScheduledForm
        {
            StudyId = studyId, ScheduledFormId = Guid.CreateVersion7(), Role = RaterRole.Client,
            InstrumentVersionId = version.InstrumentVersionId,
        };
        db.ScheduledForms.Add(line);
        await db.SaveChangesAsync();
        return line.ScheduledFormId;
    }
}
