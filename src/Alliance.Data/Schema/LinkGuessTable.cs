using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Schema;

/// <summary>The token-guess counts shared by every web instance: one row per client address.</summary>
internal static class LinkGuessTable
{
    public static void Configure(ModelBuilder b) =>
        b.Entity<LinkGuess>(e =>
        {
            e.ToTable("link_guesses", t => t.HasCheckConstraint("ck_link_guesses_guesses_positive", "guesses > 0"));
            // Unlogged: a guess writes no WAL, so its commit does not wait for a disk flush (measured: 8 ms → 3 ms per
            // unknown-token request on this machine, docs/operations.md) and an attacker's guesses do not stream to
            // replicas and backups. The price, a crash emptying the table, only forgives the guesses of one window.
            e.IsUnlogged();
            e.HasKey(x => x.Client);
            // Pruning reads the oldest windows first.
            e.HasIndex(x => x.WindowStartedAt);
            e.Property(x => x.Client).HasMaxLength(64);
        });
}
