using Npgsql;

namespace Alliance.Data.Tests.Backup;

/// <summary>
/// The state of every table, computed here and not by the code under test: row count and md5 of the rows' text forms
/// in byte order, per base table of the <c>public</c> schema.
/// </summary>
internal static class TableDigests
{
    public static async Task<SortedDictionary<string, (long Rows, string Digest)>> OfAsync(string connectionString)
    {
        var pinned = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false, Timezone = "UTC" }.ConnectionString;
        await using var connection = new NpgsqlConnection(pinned);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var state = new SortedDictionary<string, (long, string)>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using var digest = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE \"C\")), '') FROM public.\"{table}\" t",
                connection);
            await using var reader = await digest.ExecuteReaderAsync();
            await reader.ReadAsync();
            state[table] = (reader.GetInt64(0), reader.GetString(1));
        }
        return state;
    }
}
