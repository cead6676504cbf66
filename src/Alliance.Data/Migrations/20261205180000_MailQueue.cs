using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <summary>
    /// Issue #17 item 2: the outgoing mail queue (<see cref="Mail.MailQueue"/>). One table for every instance and every
    /// study, claimed by due time with <c>FOR UPDATE SKIP LOCKED</c>; keyed by message rather than study because account
    /// mail (invitations to an account, password resets) belongs to no study, and the claim reads across studies.
    /// <c>dedupe_key</c> is unique so a message meant once is queued once. Written by hand like DashboardSummaries: the
    /// model gains no table (EF never reads it; the queue's statements are in <c>Data/Mail</c>).
    /// </summary>
    [DbContext(typeof(AllianceDbContext))]
    [Migration("20261205180000_MailQueue")]
    public sealed class MailQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE mail_messages (
                message_id uuid PRIMARY KEY,
                study_id bigint NULL REFERENCES studies (study_id) ON DELETE CASCADE,
                participant_id uuid NULL,
                purpose text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 100),
                dedupe_key text NOT NULL CHECK (length(dedupe_key) BETWEEN 1 AND 300),
                recipient_masked text NOT NULL,
                subject text NOT NULL,
                content bytea NOT NULL,
                status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
                attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                next_attempt_at timestamp with time zone NULL,
                last_error text NULL,
                created_at timestamp with time zone NOT NULL DEFAULT now(),
                sent_at timestamp with time zone NULL,
                CONSTRAINT ux_mail_messages_dedupe_key UNIQUE (dedupe_key));
            CREATE INDEX ix_mail_messages_due ON mail_messages (next_attempt_at) WHERE status <> 'sent' AND next_attempt_at IS NOT NULL;
            CREATE INDEX ix_mail_messages_study ON mail_messages (study_id, created_at) WHERE study_id IS NOT NULL;
            """);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("DROP TABLE IF EXISTS mail_messages;");
    }
}
