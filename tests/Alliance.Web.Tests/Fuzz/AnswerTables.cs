using Npgsql;

namespace Alliance.Web.Tests.Fuzz;

/// <summary>
/// The state of every table that holds what participants sent (drafts, responses, consent records,
/// withdrawals), computed here and not by the code under test: row counts and an md5 of the rows' text forms.
/// </summary>
internal sealed class AnswerTables(string connectionString) : IAsyncDisposable
{
    private static readonly string[] Tables = ["drafts", "responses", "consent_records", "withdrawals"];

    private readonly NpgsqlConnection _connection = new(connectionString);

    public async Task<string> DigestAsync(CancellationToken ct)
    {
        await OpenAsync(ct);
        var parts = string.Join(" || '|' || ", Tables.Select(t =>
            $"(SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, E'\\n' ORDER BY r::text COLLATE \"C\")), '') FROM public.\"{t}\" r)"));
        await using var command = new NpgsqlCommand("SELECT " + parts, _connection);
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The number of submitted responses, to report how many fuzzed submissions were stored.</summary>
    public async Task<long> ResponsesAsync(CancellationToken ct)
    {
        await OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM public.responses", _connection);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private async Task OpenAsync(CancellationToken ct)
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            await _connection.OpenAsync(ct);
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();
}
