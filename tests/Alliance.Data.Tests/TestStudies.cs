using Alliance.Data.Instruments;
using Alliance.Data.Model;

namespace Alliance.Data.Tests;

/// <summary>Creates small studies for tests: an empty study with one frozen instrument on a −3…3 scale.</summary>
internal static class TestStudies
{
    /// <summary>Four items, scale −3…3 step 1 (negative numbers must survive export as numbers), item q4 optional.</summary>
    public const string BipolarInstrument = """
        {
          "id": "test-bipolar",
          "version": "2.1.0",
          "title": "Test form",
          "scale": { "min": -3, "max": 3, "step": 1, "labels": { "-3": "Strongly disagree", "0": "Neutral", "3": "Strongly agree" } },
          "items": [
            { "id": "q1", "subscale": "first", "required": true },
            { "id": "q2", "subscale": "first", "required": true },
            { "id": "q3", "subscale": "second", "required": true },
            { "id": "q4", "subscale": "second", "required": false }
          ]
        }
        """;

    public static async Task<long> CreateAsync(string connectionString, string name)
    {
        await using var db = AllianceDbContext.Open(connectionString);
        var study = new Study { Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        await StudyInstruments.FreezeAsync(db, study.StudyId, BipolarInstrument, CancellationToken.None);
        return study.StudyId;
    }
}
