using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Schema;

/// <summary>
/// What accounts are reached and protected by: invitations to join a study, password-reset links, TOTP secrets and
/// recovery codes, and each study's "members need two-factor sign-in" setting. Tokens and codes are stored hashed.
/// </summary>
internal static class AccountTokenTables
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Study>().Property(x => x.TwoFactorRequired).HasDefaultValue(false);

        b.Entity<AccountInvitation>(e =>
        {
            e.ToTable("account_invitations", t =>
            {
                t.HasCheckConstraint("ck_account_invitations_email_lower", "email = lower(email)");
                t.HasCheckConstraint("ck_account_invitations_role", "role IN ('owner', 'researcher', 'analyst', 'clinician')");
            });
            e.HasKey(x => new { x.StudyId, x.InvitationId });
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.ExpiresAt);
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ResearcherAccount>().WithMany().HasForeignKey(x => x.InvitedBy).OnDelete(DeleteBehavior.SetNull);
            e.Property(x => x.Email).HasMaxLength(320);
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<PasswordReset>(e =>
        {
            e.ToTable("password_resets");
            e.HasKey(x => x.TokenHash);
            e.HasIndex(x => x.AccountId);
            e.HasIndex(x => x.ExpiresAt);
            e.HasOne<ResearcherAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<TwoFactorSecret>(e =>
        {
            e.ToTable("two_factor_secrets");
            e.HasKey(x => x.AccountId);
            e.HasOne<ResearcherAccount>().WithOne().HasForeignKey<TwoFactorSecret>(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<RecoveryCode>(e =>
        {
            e.ToTable("recovery_codes");
            e.HasKey(x => new { x.AccountId, x.CodeHash });
            e.HasOne<ResearcherAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
