using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Demo;

public sealed class DemoScheduleTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task DemoSchedulesBothFormsEverySessionAndBlindsUsualCareClinicians()
    {
        await using var db = database.Open();
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 3, CancellationToken.None);

        var schedule = await db.ScheduledForms.Where(f => f.StudyId == demo.StudyId).OrderBy(f => f.Position).ToListAsync();
        Assert.Equal([RaterRole.Client, RaterRole.Therapist], schedule.Select(f => f.Role));
        Assert.All(schedule, f => Assert.Empty(f.SessionNumbers));
        var invited = await db.Invitations.Where(i => i.StudyId == demo.StudyId).Select(i => new { i.Role, i.InstrumentVersionId }).Distinct().ToListAsync();
        Assert.Equal(2, invited.Count);
        Assert.All(invited, i => Assert.Contains(schedule, f => f.Role == i.Role && f.InstrumentVersionId == i.InstrumentVersionId));

        var arms = await db.StudyArms.Where(a => a.StudyId == demo.StudyId).ToDictionaryAsync(a => a.Code, a => a.CliniciansSeeClientRatings);
        Assert.Equal(2, arms.Count);
        Assert.True(arms["feedback"]);
        Assert.False(arms["usual-care"]);
        var dyadArms = await db.Dyads.Where(d => d.StudyId == demo.StudyId).Select(d => d.Arm).Distinct().ToListAsync();
        Assert.All(dyadArms, a => Assert.Contains(a!, arms.Keys));
    }
}
