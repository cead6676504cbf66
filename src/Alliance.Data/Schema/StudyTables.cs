using Alliance.Data.Model;
using Alliance.Data.Schema;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data;

/// <summary>Studies and their consent texts, accounts, memberships, API tokens, frozen instrument versions and the audit log.</summary>
internal static class StudyTables
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Study>(e =>
        {
            e.ToTable("studies", t =>
            {
                t.HasCheckConstraint("ck_studies_default_opening_offset_days", OffsetCheck("default_opening_offset_days"));
                t.HasCheckConstraint("ck_studies_default_window_days", WindowCheck("default_window_days"));
                // A contact is someone to write to or call: a name alone reaches nobody.
                t.HasCheckConstraint("ck_studies_contact_reachable",
                    "contact_name IS NULL OR contact_email IS NOT NULL OR contact_phone IS NOT NULL");
                t.HasCheckConstraint("ck_studies_state", "state IN ('active', 'locked', 'closed', 'archived')");
            });
            e.HasKey(x => x.StudyId);
            e.Ignore(x => x.LinkExpiry);
            e.Ignore(x => x.Contact);
            e.Property(x => x.ContactName).HasMaxLength(StudyContact.MaxNameLength);
            e.Property(x => x.ContactEmail).HasMaxLength(StudyContact.MaxEmailLength);
            e.Property(x => x.ContactPhone).HasMaxLength(StudyContact.MaxPhoneLength);
            e.Property(x => x.DefaultOpeningOffsetDays).HasDefaultValue(Invitations.LinkWindow.DefaultOpeningOffsetDays);
            e.Property(x => x.DefaultWindowDays).HasDefaultValue(Invitations.LinkWindow.DefaultWindowDays);
            e.Property(x => x.StudyId).UseIdentityByDefaultColumn();
            e.Property(x => x.State).HasConversion(LowerCaseNames.StudyState).HasMaxLength(16).HasDefaultValue(StudyState.Active);
            e.Property(x => x.Settings).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<ConsentText>(e =>
        {
            e.ToTable("consent_texts", t =>
            {
                t.HasCheckConstraint("ck_consent_texts_role", "role IN ('client', 'therapist')");
                t.HasCheckConstraint("ck_consent_texts_text", string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"length(text) BETWEEN 1 AND {ConsentText.MaxLength}"));
            });
            e.HasKey(x => new { x.StudyId, x.Role, x.Language });
            e.HasOne<Study>().WithMany(s => s.ConsentTexts).HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Role).HasConversion(LowerCaseNames.Role);
        });

        b.Entity<ResearcherAccount>(e =>
        {
            e.ToTable("researcher_accounts", t => t.HasCheckConstraint("ck_researcher_accounts_email_lower", "email = lower(email)"));
            e.HasKey(x => x.AccountId);
            e.HasIndex(x => x.Email).IsUnique();
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<StudyMember>(e =>
        {
            e.ToTable("study_members", t => t.HasCheckConstraint("ck_study_members_role",
                "role IN ('owner', 'researcher', 'analyst', 'clinician')"));
            e.HasKey(x => new { x.StudyId, x.AccountId });
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ResearcherAccount>().WithMany().HasForeignKey(x => x.AccountId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.AccountId);
            e.Property(x => x.AddedAt).HasDefaultValueSql("now()");
            e.HasOne<Therapist>().WithMany().HasForeignKey(x => new { x.StudyId, x.TherapistId }).OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<ScheduledForm>(e =>
        {
            e.ToTable("scheduled_forms", t =>
            {
                t.HasCheckConstraint("ck_scheduled_forms_role", "role IN ('client', 'therapist')");
                t.HasCheckConstraint("ck_scheduled_forms_sessions", "0 < ALL (session_numbers)");
                t.HasCheckConstraint("ck_scheduled_forms_opening_offset_days", OffsetCheck("opening_offset_days"));
                t.HasCheckConstraint("ck_scheduled_forms_window_days", WindowCheck("window_days"));
            });
            e.HasKey(x => new { x.StudyId, x.ScheduledFormId });
            e.HasIndex(x => new { x.StudyId, x.Role, x.InstrumentVersionId }).IsUnique();
            e.Property(x => x.Role).HasConversion(LowerCaseNames.Role);
            e.HasOne<InstrumentVersion>().WithMany().HasForeignKey(x => new { x.StudyId, x.InstrumentVersionId })
                .OnDelete(DeleteBehavior.Restrict);
        });

        b.Entity<StudyArm>(e =>
        {
            e.ToTable("study_arms", t => t.HasCheckConstraint("ck_study_arms_code", "length(code) BETWEEN 1 AND 64"));
            e.HasKey(x => new { x.StudyId, x.Code });
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.CliniciansSeeClientRatings).HasDefaultValue(true);
        });

        b.Entity<ApiToken>(e =>
        {
            e.ToTable("api_tokens", t => t.HasCheckConstraint("ck_api_tokens_hash_length", "length(token_hash) = 32"));
            e.HasKey(x => new { x.StudyId, x.TokenId });
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasOne<StudyMember>().WithMany().HasForeignKey(x => new { x.StudyId, x.AccountId }).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<InstrumentVersion>(e =>
        {
            e.ToTable("instrument_versions");
            e.HasKey(x => new { x.StudyId, x.InstrumentVersionId });
            e.HasIndex(x => new { x.StudyId, x.InstrumentId, x.Version }).IsUnique();
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Definition).HasColumnType("jsonb");
            e.Property(x => x.FrozenAt).HasDefaultValueSql("now()");
        });

        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(x => new { x.StudyId, x.AuditId });
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Detail).HasColumnType("jsonb").HasDefaultValueSql("'{}'::jsonb");
            e.Property(x => x.At).HasDefaultValueSql("now()");
            e.HasIndex(x => new { x.StudyId, x.At });
        });
    }

    // The limits of Invitations.LinkWindow.Check, so a window no page checked is refused all the same. A null (a line
    // that follows the study's default) passes a check constraint.
    private static string OffsetCheck(string column) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{column} BETWEEN {Invitations.LinkWindow.MinOpeningOffsetDays} AND {Invitations.LinkWindow.MaxOpeningOffsetDays}");

    private static string WindowCheck(string column) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{column} BETWEEN 1 AND {Invitations.LinkWindow.MaxWindowDays}");
}
