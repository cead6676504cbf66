using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Web.Tests.Workspace.Sessions;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Listing;

/// <summary>
/// A study of a few hundred dyads for the list pages: T001-C001 … (one dyad per therapist, as <see cref="SessionStudy"/>),
/// arm "a" for odd numbers and "b" for even ones.
/// </summary>
internal static class ListedStudy
{
    public static async Task<SessionStudy.Seeded> CreateAsync(AllianceDbContext db, int dyads)
    {
        var seeded = await SessionStudy.CreateAsync(db, dyads, codePrefix: "T");
        db.StudyArms.AddRange(new StudyArm { StudyId = seeded.StudyId, Code = "a" }, new StudyArm { StudyId = seeded.StudyId, Code = "b" });
        await db.SaveChangesAsync();
        await db.Database.ExecuteSqlAsync(
            $"UPDATE dyads SET arm = CASE WHEN right(code, 1)::int % 2 = 1 THEN 'a' ELSE 'b' END WHERE study_id = {seeded.StudyId}");
        return seeded;
    }
}
