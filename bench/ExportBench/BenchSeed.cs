using System.Text.Json.Nodes;
using Alliance.Data;
using Alliance.Data.Instruments;
using Alliance.Data.Model;
using Npgsql;

namespace ExportBench;

/// <summary>
/// Seeds a study with set-based SQL: 50 therapists × 20 clients = 1,000 dyads, 50 sessions each, both roles,
/// a 10-item form: 100,000 responses and 1,000,000 item answers (about 2 % skipped).
/// </summary>
internal static class BenchSeed
{
    public static async Task<long> SeedAsync(string connectionString, CancellationToken ct)
    {
        long studyId;
        await using (var db = AllianceDbContext.Open(connectionString))
        {
            var study = new Study { Name = "export benchmark", CreatedAt = DateTimeOffset.UtcNow };
            db.Studies.Add(study);
            await db.SaveChangesAsync(ct);
            studyId = study.StudyId;
            foreach (var role in new[] { "client", "therapist" })
            {
                await StudyInstruments.FreezeAsync(db, studyId, Definition(role), ct);
            }
        }

        var steps = new[]
        {
            "INSERT INTO therapists (study_id, therapist_id, code, created_at) SELECT $1, gen_random_uuid(), 'T' || lpad(g::text, 2, '0'), now() FROM generate_series(1, 50) g",
            "INSERT INTO clients (study_id, client_id, code, created_at) SELECT $1, gen_random_uuid(), 'C' || lpad(g::text, 4, '0'), now() FROM generate_series(1, 1000) g",
            """
            INSERT INTO dyads (study_id, dyad_id, code, therapist_id, client_id, started_on, arm)
            SELECT $1, gen_random_uuid(), t.code || '-' || c.code, t.therapist_id, c.client_id, date '2024-01-01',
                   CASE WHEN substring(t.code from 2)::int % 2 = 0 THEN 'usual-care' ELSE 'feedback' END
            FROM clients c JOIN therapists t ON t.study_id = c.study_id
             AND substring(t.code from 2)::int = (substring(c.code from 2)::int - 1) / 20 + 1
            WHERE c.study_id = $1
            """,
            "INSERT INTO sessions (study_id, session_id, dyad_id, number, held_on) SELECT $1, gen_random_uuid(), d.dyad_id, g, date '2024-01-01' + 7 * (g - 1) FROM dyads d, generate_series(1, 50) g WHERE d.study_id = $1",
            """
            INSERT INTO invitations (study_id, invitation_id, session_id, role, instrument_version_id, status, language, created_at)
            SELECT $1, gen_random_uuid(), s.session_id, r.role, v.instrument_version_id, 'submitted', 'en', now()
            FROM sessions s CROSS JOIN (VALUES ('client'), ('therapist')) r(role)
            JOIN instrument_versions v ON v.study_id = s.study_id AND v.instrument_id = 'bench-' || r.role
            WHERE s.study_id = $1
            """,
            """
            INSERT INTO responses (study_id, response_id, invitation_id, idempotency_key, submitted_at, answers, scores, source)
            SELECT $1, gen_random_uuid(), i.invitation_id, 'bench-' || i.invitation_id, now(),
                   (SELECT jsonb_object_agg('a' || k, CASE WHEN random() < 0.02 THEN NULL ELSE 1 + floor(random() * 5)::int END)
                    FROM generate_series(1, 10) k WHERE i.invitation_id IS NOT NULL),
                   '{"total": 3}'::jsonb, 'demo'
            FROM invitations i WHERE i.study_id = $1
            """,
            "ANALYZE",
        };
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        foreach (var sql in steps)
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            if (sql.Contains("$1", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = studyId });
            }
            await command.ExecuteNonQueryAsync(ct);
        }
        return studyId;
    }

    /// <summary>A 10-item form in the instruments/ format: 1–5 scale labelled at its ends, every item optional, three mean subscales.</summary>
    private static string Definition(string role)
    {
        static JsonObject En(string text) => new() { ["en"] = text };
        static JsonObject Mean(string title, IEnumerable<string>? items)
        {
            var score = new JsonObject { ["title"] = En(title), ["scoring"] = "mean", ["missing"] = new JsonObject { ["min_fraction"] = 0.5 } };
            if (items is not null)
            {
                score["items"] = new JsonArray([.. items.Select(i => (JsonNode)i)]);
            }
            return score;
        }
        var items = Enumerable.Range(1, 10).Select(k => (Id: $"a{k}", Subscale: $"s{(k - 1) % 3}")).ToList();
        return new JsonObject
        {
            ["id"] = $"bench-{role}", ["version"] = "1.0.0", ["languages"] = new JsonArray("en"),
            ["title"] = En($"Benchmark form ({role})"), ["description"] = En("Export benchmark form."),
            ["raters"] = new JsonArray(role), ["validated"] = false, ["citation"] = "Alliance export benchmark", ["licence"] = "CC0-1.0",
            ["scales"] = new JsonArray(new JsonObject
            {
                ["id"] = "freq5", ["type"] = "likert", ["min"] = 1, ["max"] = 5,
                ["anchors"] = new JsonArray(new JsonObject { ["value"] = 1, ["label"] = En("Never") }, new JsonObject { ["value"] = 5, ["label"] = En("Always") }),
            }),
            ["items"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
            {
                ["id"] = i.Id, ["text"] = En($"Item {i.Id}"), ["scale"] = "freq5", ["required"] = false,
            })]),
            ["subscales"] = new JsonArray([.. items.Select(i => i.Subscale).Distinct().Order(StringComparer.Ordinal).Select(s =>
            {
                var score = Mean(s, items.Where(i => i.Subscale == s).Select(i => i.Id));
                score["id"] = s;
                return (JsonNode)score;
            })]),
            ["total"] = Mean("Total", null),
        }.ToJsonString();
    }
}
