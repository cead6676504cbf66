using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Surveys;

/// <summary>The per-address count of unknown tokens that every web instance shares.</summary>
public sealed class LinkGuessesTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    private static readonly byte[] Unknown = ParticipantLinks.LookupHash("never-issued", out _);

    private async Task<GuessCount?> CountAsync(string client, DateTimeOffset at)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return await LinkGuesses.CountAsync(connection, Unknown, client, at, Window, CancellationToken.None);
    }

    [Fact]
    public async Task GuessesCountPerClientWithinOneWindowAndStartAgainAfterIt()
    {
        var first = await CountAsync("198.51.100.1", Now);
        var second = await CountAsync("198.51.100.1", Now.AddMinutes(4));
        var elsewhere = await CountAsync("198.51.100.2", Now.AddMinutes(4));
        var after = await CountAsync("198.51.100.1", Now.AddMinutes(5));

        Assert.Equal(new GuessCount(Now, 1), first);
        Assert.Equal(new GuessCount(Now, 2), second);
        Assert.Equal(new GuessCount(Now.AddMinutes(4), 1), elsewhere);
        Assert.Equal(new GuessCount(Now.AddMinutes(5), 1), after);
    }

    [Fact]
    public async Task ConcurrentGuessesFromOneClientEachCount()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => CountAsync("203.0.113.7", Now))));

        Assert.Equal(Enumerable.Range(1, 24), counts.Select(c => c!.Guesses).Order());
    }

    [Fact]
    public async Task AGuessDropsAFewRowsOfClientsWhoseWindowEndedAndKeepsCurrentOnes()
    {
        const string Prefix = "2001:db8:";
        await using var db = database.Open();
        db.LinkGuesses.AddRange(Enumerable.Range(0, 12).Select(i =>
            new LinkGuess { Client = $"{Prefix}{i}::/64", WindowStartedAt = Now.AddMinutes(-30), Guesses = 20 }));
        db.LinkGuesses.Add(new LinkGuess { Client = $"{Prefix}live::/64", WindowStartedAt = Now.AddMinutes(-1), Guesses = 3 });
        await db.SaveChangesAsync();

        await CountAsync($"{Prefix}new::/64", Now);

        var left = await db.LinkGuesses.AsNoTracking().Where(g => EF.Functions.Like(g.Client, Prefix + "%")).ToListAsync();
        Assert.Equal(12 - 8, left.Count(g => g.WindowStartedAt < Now.AddMinutes(-5)));
        Assert.Contains(left, g => g.Client == $"{Prefix}live::/64");
        Assert.Contains(left, g => g.Client == $"{Prefix}new::/64" && g.Guesses == 1);
    }
}
