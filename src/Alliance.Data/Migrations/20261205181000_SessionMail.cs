using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <summary>
    /// Issue #17 item 2, participants' mail (<see cref="Mail.SessionMail"/>): the link each mailed invitation carries,
    /// kept encrypted for its reminder (<c>mail_links</c>); each participant's unsubscribe token (<c>mail_opt_outs</c>,
    /// hashed for lookup, encrypted so every mail carries the same link); the study's own templates per purpose and
    /// language (<c>mail_templates</c>); and the reminder delay of a schedule line (<c>scheduled_forms.reminder_after_days</c>,
    /// null = no reminder). Hand-written like MailQueue: EF reads none of it (the statements are in <c>Data/Mail</c>),
    /// and a nullable column EF does not map is left alone by its inserts and later migrations.
    /// </summary>
    [DbContext(typeof(AllianceDbContext))]
    [Migration("20261205181000_SessionMail")]
    public sealed class SessionMail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE scheduled_forms ADD COLUMN reminder_after_days integer NULL
                CONSTRAINT ck_scheduled_forms_reminder_after_days CHECK (reminder_after_days BETWEEN 1 AND 90);
            CREATE TABLE mail_links (
                study_id bigint NOT NULL,
                invitation_id uuid NOT NULL,
                participant_id uuid NOT NULL,
                token_protected bytea NULL,
                created_at timestamp with time zone NOT NULL DEFAULT now(),
                reminded_at timestamp with time zone NULL,
                CONSTRAINT pk_mail_links PRIMARY KEY (study_id, invitation_id),
                CONSTRAINT fk_mail_links_invitations FOREIGN KEY (study_id, invitation_id)
                    REFERENCES invitations (study_id, invitation_id) ON DELETE CASCADE);
            CREATE INDEX ix_mail_links_due ON mail_links (study_id) WHERE reminded_at IS NULL AND token_protected IS NOT NULL;
            CREATE TABLE mail_opt_outs (
                study_id bigint NOT NULL REFERENCES studies (study_id) ON DELETE CASCADE,
                participant_id uuid NOT NULL,
                token_hash bytea NOT NULL CHECK (length(token_hash) = 32),
                token_protected bytea NOT NULL,
                created_at timestamp with time zone NOT NULL DEFAULT now(),
                opted_out_at timestamp with time zone NULL,
                CONSTRAINT pk_mail_opt_outs PRIMARY KEY (study_id, participant_id),
                CONSTRAINT ux_mail_opt_outs_token_hash UNIQUE (token_hash));
            CREATE TABLE mail_templates (
                study_id bigint NOT NULL REFERENCES studies (study_id) ON DELETE CASCADE,
                purpose text NOT NULL,
                language text NOT NULL,
                subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
                body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
                updated_at timestamp with time zone NOT NULL DEFAULT now(),
                CONSTRAINT pk_mail_templates PRIMARY KEY (study_id, purpose, language));
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TABLE IF EXISTS mail_templates;
            DROP TABLE IF EXISTS mail_opt_outs;
            DROP TABLE IF EXISTS mail_links;
            ALTER TABLE scheduled_forms DROP COLUMN IF EXISTS reminder_after_days;
            """);
    }
}
