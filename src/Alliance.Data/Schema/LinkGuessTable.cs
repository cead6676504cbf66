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
            e.HasKey(x => x.Client);
            // Pruning reads the oldest windows first.
            e.HasIndex(x => x.WindowStartedAt);
            e.Property(x => x.Client).HasMaxLength(64);
        });
}
