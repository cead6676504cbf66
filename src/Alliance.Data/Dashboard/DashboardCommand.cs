using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Alliance.Data.Dashboard;

/// <summary>Runs a dashboard statement on the context's connection (in its transaction, if any) and reads its rows.</summary>
internal static class DashboardCommand
{
    public static async Task<List<T>> ReadAsync<T>(AllianceDbContext db, string sql, IEnumerable<NpgsqlParameter> parameters,
        Func<DbDataReader, T> read, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction;
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(parameter);
            }
            var rows = new List<T>();
            var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    rows.Add(read(reader));
                }
            }
            return rows;
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The scope's parameters: <c>@study</c>, <c>@restricted</c>, <c>@therapist_id</c>, <c>@now</c>, <c>@overdue_on</c>.</summary>
    public static IEnumerable<NpgsqlParameter> Of(DashboardScope scope) =>
    [
        new NpgsqlParameter<long>("study", scope.StudyId),
        new NpgsqlParameter<bool>("restricted", scope.Restricted),
        new NpgsqlParameter("therapist_id", NpgsqlDbType.Uuid) { Value = (object?)scope.TherapistId ?? DBNull.Value },
        new NpgsqlParameter<DateTimeOffset>("now", scope.Now.ToUniversalTime()),
        new NpgsqlParameter<DateOnly>("overdue_on", scope.OverdueOn),
    ];

    /// <summary>Six int columns from <paramref name="first"/> on, in <see cref="CompletionCounts"/> order.</summary>
    public static CompletionCounts Counts(DbDataReader reader, int first) => new(
        reader.GetInt32(first), reader.GetInt32(first + 1), reader.GetInt32(first + 2), reader.GetInt32(first + 3),
        reader.GetInt32(first + 4), reader.GetInt32(first + 5));

    /// <summary>A text parameter that may be null (SQL tests it with <c>IS NULL</c>, so its type must be known).</summary>
    public static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}
