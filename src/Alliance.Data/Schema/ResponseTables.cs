using Alliance.Data.Model;
using Alliance.Data.Schema;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data;

/// <summary>Invitations, the links reissued ones replaced, drafts, responses, their long item rows and consent records.</summary>
internal static class ResponseTables
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Invitation>(e =>
        {
            e.ToTable("invitations", t =>
            {
                t.HasCheckConstraint("ck_invitations_role", "role IN ('client', 'therapist')");
                t.HasCheckConstraint("ck_invitations_status", "status IN ('open', 'submitted', 'expired', 'withdrawn')");
                t.HasCheckConstraint("ck_invitations_token_hash_length", "token_hash IS NULL OR length(token_hash) = 32");
                t.HasCheckConstraint("ck_invitations_opens_before_expiry", "opens_at < expires_at");
            });
            e.HasKey(x => new { x.StudyId, x.InvitationId });
            e.HasIndex(x => x.TokenHash).IsUnique();
            // One form per session, role and instrument: a second invitation (or import) for the same slot fails.
            e.HasIndex(x => new { x.StudyId, x.SessionId, x.Role, x.InstrumentVersionId }).IsUnique();
            // The links still open, by study and expiry: the reminders list and the counts of open links read a study's
            // (Listing/OverdueLinks, Dashboard/StudyCompletion), the expiry job's batches all studies' (Invitations/
            // LinkExpiry, which reads the whole index: it holds only open links, which that job keeps few). Partial, so it
            // stays as small as the set of open links however many links a study has issued.
            e.HasIndex(x => new { x.StudyId, x.ExpiresAt }).HasFilter("status = 'open'");
            e.HasOne<TherapySession>().WithMany().HasForeignKey(x => new { x.StudyId, x.SessionId }).OnDelete(DeleteBehavior.Cascade);
            // The foreign key's index, with the role: which roles and versions the study has issued links for is one probe
            // per version and role (Dashboard/IssuedForms), not a scan of every link.
            e.HasIndex(x => new { x.StudyId, x.InstrumentVersionId, x.Role });
            e.HasOne<InstrumentVersion>().WithMany().HasForeignKey(x => new { x.StudyId, x.InstrumentVersionId })
                .OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Role).HasConversion(LowerCaseNames.Role);
            e.Property(x => x.Status).HasConversion(LowerCaseNames.Status);
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
            e.Property(x => x.ReminderCount).HasDefaultValue(0);
        });

        b.Entity<ReplacedLink>(e =>
        {
            e.ToTable("replaced_links", t => t.HasCheckConstraint("ck_replaced_links_token_hash_length", "length(token_hash) = 32"));
            e.HasKey(x => new { x.StudyId, x.TokenHash });
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasOne<Invitation>().WithMany(i => i.ReplacedLinks).HasForeignKey(x => new { x.StudyId, x.InvitationId })
                .OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.ReplacedAt).HasDefaultValueSql("now()");
        });

        b.Entity<Draft>(e =>
        {
            e.ToTable("drafts");
            e.HasKey(x => new { x.StudyId, x.InvitationId });
            e.HasOne<Invitation>().WithOne().HasForeignKey<Draft>(x => new { x.StudyId, x.InvitationId }).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Answers).HasColumnType("jsonb");
            e.Property(x => x.UpdatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<Response>(e =>
        {
            e.ToTable("responses", t =>
            {
                t.HasCheckConstraint("ck_responses_answers_object", "jsonb_typeof(answers) = 'object'");
                // Every answer is a number, or null for a skipped item, so response_items can read it as a number.
                // Strict mode: lax mode would look inside an array answer ([4]) and pass it. Silent: answers that are
                // not an object are ck_responses_answers_object's to refuse.
                t.HasCheckConstraint("ck_responses_answers_numbers",
                    "NOT jsonb_path_exists(answers, 'strict $.* ? (@.type() != \"number\" && @.type() != \"null\")', '{}', true)");
                t.HasCheckConstraint("ck_responses_source", "source IN ('web', 'import', 'demo')");
                t.HasCheckConstraint("ck_responses_idempotency_key", "length(idempotency_key) BETWEEN 1 AND 200");
            });
            e.HasKey(x => new { x.StudyId, x.ResponseId });
            // The double-submit guard: one response per invitation, enforced by the database.
            e.HasIndex(x => new { x.StudyId, x.InvitationId }).IsUnique();
            e.HasOne<Invitation>().WithOne().HasForeignKey<Response>(x => new { x.StudyId, x.InvitationId }).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.Answers).HasColumnType("jsonb");
            e.Property(x => x.Scores).HasColumnType("jsonb");
            e.Property(x => x.SubmittedAt).HasDefaultValueSql("now()");
        });

        b.Entity<ResponseItem>(e =>
        {
            // A view over responses.answers (migration ResponseItemsView): nothing to write, nothing to keep in step.
            e.ToView("response_items");
            e.HasKey(x => new { x.StudyId, x.ResponseId, x.ItemId });
        });

        b.Entity<ConsentRecord>(e =>
        {
            e.ToTable("consent_records");
            e.HasKey(x => new { x.StudyId, x.ConsentId });
            e.HasIndex(x => new { x.StudyId, x.InvitationId }).IsUnique();
            e.HasOne<Invitation>().WithMany().HasForeignKey(x => new { x.StudyId, x.InvitationId }).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.GivenAt).HasDefaultValueSql("now()");
        });
    }
}
