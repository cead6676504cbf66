using Alliance.Instruments.Loading;
using Npgsql;

namespace LargeStudyBench;

/// <summary>
/// The seed freezes the forms as this checkout ships them; an older build under test may not read a definition with
/// fields added since (it refuses the whole dashboard). So before the build starts, every frozen version of the study
/// whose form the build's own <c>instruments/</c> folder ships is set to that file (content hash recomputed). The
/// items and scoring of the seed's forms are the same in every build measured, so the seeded answers stay valid.
/// </summary>
internal static class ShippedForms
{
    /// <summary>The <c>instruments/</c> folder of the checkout the web assembly was built in, or null when there is none.</summary>
    public static string? FolderOf(string webDll)
    {
        for (var dir = new FileInfo(webDll).Directory; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "instruments");
            if (File.Exists(Path.Combine(candidate, "wa-client.json")))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>Sets the study's frozen definitions to the files in <paramref name="folder"/>; returns how many changed.</summary>
    public static async Task<int> FreezeAsync(string connectionString, long studyId, string folder, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var ids = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT DISTINCT instrument_id FROM instrument_versions WHERE study_id = $1", connection))
        {
            list.Parameters.Add(new NpgsqlParameter { Value = studyId });
            await using var reader = await list.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetString(0));
            }
        }
        var changed = 0;
        foreach (var id in ids)
        {
            var file = Path.Combine(folder, id + ".json");
            if (!File.Exists(file))
            {
                continue;
            }
            var json = await File.ReadAllTextAsync(file, ct);
            await using var update = new NpgsqlCommand(
                "UPDATE instrument_versions SET definition = $3::jsonb, content_hash = $4 WHERE study_id = $1 AND instrument_id = $2 AND content_hash <> $4",
                connection);
            update.Parameters.Add(new NpgsqlParameter { Value = studyId });
            update.Parameters.Add(new NpgsqlParameter { Value = id });
            update.Parameters.Add(new NpgsqlParameter { Value = json });
            update.Parameters.Add(new NpgsqlParameter { Value = ContentHash.Compute(json) });
            changed += await update.ExecuteNonQueryAsync(ct);
        }
        return changed;
    }
}
