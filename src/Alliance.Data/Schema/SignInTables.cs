using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Schema;

/// <summary>Sign-in state shared by every web instance: server-side sessions and the per-account sign-in delay.</summary>
internal static class SignInTables
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<SignInSession>(e =>
        {
            e.ToTable("sign_in_sessions");
            e.HasKey(x => x.SessionId);
            e.HasOne<ResearcherAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.AccountId);
            e.HasIndex(x => x.ExpiresAt);
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<SignInFailure>(e =>
        {
            e.ToTable("sign_in_failures", t => t.HasCheckConstraint("ck_sign_in_failures_email_lower", "email = lower(email)"));
            e.HasKey(x => new { x.Email, x.Client });
            e.HasIndex(x => x.LastFailedAt);
            e.Property(x => x.Email).HasMaxLength(320);
            e.Property(x => x.Client).HasMaxLength(64);
        });
    }
}
