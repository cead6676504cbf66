using Alliance.Data.Instruments;
using Alliance.Data.Model;

namespace Alliance.Data.Tests;

/// <summary>Creates small studies for tests: an empty study with one frozen instrument (by default on a −3…3 scale).</summary>
internal static class TestStudies
{
    /// <summary>
    /// Four items on one −3…3 scale (negative numbers must survive export as numbers), labelled at −3, 0 and 3, item q4
    /// optional; subscales <c>first</c> (q1, q2) and <c>second</c> (q3, q4) and the total are means of at least half their items.
    /// </summary>
    public static readonly string BipolarInstrument = TestDefinition.Write("test-bipolar", "2.1.0", "Test form", $$"""
          "scales": [
            { "id": "bipolar7", "type": "likert", "min": -3, "max": 3, "anchors": [
              { "value": -3, "label": { "en": "Strongly disagree" } }, { "value": 0, "label": { "en": "Neutral" } },
              { "value": 3, "label": { "en": "Strongly agree" } } ] }
          ],
          "items": [
            { "id": "q1", "text": { "en": "One" }, "scale": "bipolar7" },
            { "id": "q2", "text": { "en": "Two" }, "scale": "bipolar7" },
            { "id": "q3", "text": { "en": "Three" }, "scale": "bipolar7" },
            { "id": "q4", "text": { "en": "Four" }, "scale": "bipolar7", "required": false }
          ],
          "subscales": [
            {{TestDefinition.MeanScore("first", "First", "q1", "q2")}},
            {{TestDefinition.MeanScore("second", "Second", "q3", "q4")}}
          ],
          "total": {{TestDefinition.MeanScore(null, "Total")}}
        """);

    /// <summary>
    /// Three items on two scales: x1 and x2 on a 1–4 frequency scale labelled at its ends (x2 optional and reverse
    /// keyed), x3 on a 0–10 visual-analogue scale in steps of 0.1; subscale <c>near</c> (x1, x2) and the total are means.
    /// </summary>
    public static readonly string TwoScaleInstrument = TestDefinition.Write("t-form", "1.2.0", "Test form", $$"""
          "scales": [
            { "id": "f4", "type": "likert", "min": 1, "max": 4,
              "anchors": [ { "value": 1, "label": { "en": "Never" } }, { "value": 4, "label": { "en": "Always" } } ] },
            { "id": "vas", "type": "visual_analogue", "min": 0, "max": 10, "step": 0.1 }
          ],
          "items": [
            { "id": "x1", "text": { "en": "One" }, "scale": "f4" },
            { "id": "x2", "text": { "en": "Two" }, "scale": "f4", "required": false },
            { "id": "x3", "text": { "en": "Three" }, "scale": "vas" }
          ],
          "reverse_keyed": ["x2"],
          "subscales": [ {{TestDefinition.MeanScore("near", "Near", "x1", "x2")}} ],
          "total": {{TestDefinition.MeanScore(null, "Total")}}
        """);

    public static async Task<long> CreateAsync(string connectionString, string name, string? definition = null)
    {
        await using var db = AllianceDbContext.Open(connectionString);
        var study = new Study { Name = name, CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        await StudyInstruments.FreezeAsync(db, study.StudyId, definition ?? BipolarInstrument, CancellationToken.None);
        return study.StudyId;
    }
}
