using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data;

/// <summary>Therapists, clients, dyads and sessions: pseudonymous codes only, every reference within one study.</summary>
internal static class ParticipantTables
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Therapist>(e =>
        {
            e.ToTable("therapists");
            e.HasKey(x => new { x.StudyId, x.TherapistId });
            e.HasIndex(x => new { x.StudyId, x.Code }).IsUnique();
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<Client>(e =>
        {
            e.ToTable("clients");
            e.HasKey(x => new { x.StudyId, x.ClientId });
            e.HasIndex(x => new { x.StudyId, x.Code }).IsUnique();
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<Dyad>(e =>
        {
            e.ToTable("dyads", t => t.HasCheckConstraint("ck_dyads_dates", "ended_on IS NULL OR ended_on >= started_on"));
            e.HasKey(x => new { x.StudyId, x.DyadId });
            e.HasIndex(x => new { x.StudyId, x.Code }).IsUnique();
            e.HasOne<Therapist>().WithMany().HasForeignKey(x => new { x.StudyId, x.TherapistId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Client>().WithMany().HasForeignKey(x => new { x.StudyId, x.ClientId }).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<TherapySession>(e =>
        {
            e.ToTable("sessions", t => t.HasCheckConstraint("ck_sessions_number", "number >= 0"));
            e.HasKey(x => new { x.StudyId, x.SessionId });
            e.HasIndex(x => new { x.StudyId, x.DyadId, x.Number }).IsUnique();
            e.HasOne<Dyad>().WithMany().HasForeignKey(x => new { x.StudyId, x.DyadId }).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Withdrawal>(e =>
        {
            e.ToTable("withdrawals", t => t.HasCheckConstraint("ck_withdrawals_subject",
                "num_nonnulls(invitation_id, client_id, therapist_id) >= 1"));
            e.HasKey(x => new { x.StudyId, x.WithdrawalId });
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Invitation>().WithMany().HasForeignKey(x => new { x.StudyId, x.InvitationId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Client>().WithMany().HasForeignKey(x => new { x.StudyId, x.ClientId }).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Therapist>().WithMany().HasForeignKey(x => new { x.StudyId, x.TherapistId }).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.WithdrawnAt).HasDefaultValueSql("now()");
        });
    }
}
