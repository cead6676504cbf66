using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "researcher_accounts",
                columns: table => new
                {
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "text", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_researcher_accounts", x => x.account_id);
                    table.CheckConstraint("ck_researcher_accounts_email_lower", "email = lower(email)");
                });

            migrationBuilder.CreateTable(
                name: "studies",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "text", nullable: false),
                    consent_text = table.Column<string>(type: "text", nullable: true),
                    consent_required = table.Column<bool>(type: "boolean", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    link_expiry = table.Column<TimeSpan>(type: "interval", nullable: false),
                    settings = table.Column<string>(type: "jsonb", nullable: false, defaultValueSql: "'{}'::jsonb"),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_studies", x => x.study_id);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    audit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "text", nullable: false),
                    detail = table.Column<string>(type: "jsonb", nullable: false, defaultValueSql: "'{}'::jsonb"),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => new { x.study_id, x.audit_id });
                    table.ForeignKey(
                        name: "fk_audit_log_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "clients",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    contact_encrypted = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clients", x => new { x.study_id, x.client_id });
                    table.ForeignKey(
                        name: "fk_clients_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "instrument_versions",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    instrument_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instrument_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    definition = table.Column<string>(type: "jsonb", nullable: false),
                    frozen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instrument_versions", x => new { x.study_id, x.instrument_version_id });
                    table.ForeignKey(
                        name: "fk_instrument_versions_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "study_members",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_study_members", x => new { x.study_id, x.account_id });
                    table.CheckConstraint("ck_study_members_role", "role IN ('owner', 'researcher', 'analyst', 'clinician')");
                    table.ForeignKey(
                        name: "fk_study_members_researcher_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "researcher_accounts",
                        principalColumn: "account_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_study_members_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "therapists",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    therapist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    contact_encrypted = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_therapists", x => new { x.study_id, x.therapist_id });
                    table.ForeignKey(
                        name: "fk_therapists_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "api_tokens",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    token_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_tokens", x => new { x.study_id, x.token_id });
                    table.CheckConstraint("ck_api_tokens_hash_length", "length(token_hash) = 32");
                    table.ForeignKey(
                        name: "fk_api_tokens_study_members_study_id_account_id",
                        columns: x => new { x.study_id, x.account_id },
                        principalTable: "study_members",
                        principalColumns: new[] { "study_id", "account_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dyads",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    dyad_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    therapist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    arm = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dyads", x => new { x.study_id, x.dyad_id });
                    table.CheckConstraint("ck_dyads_dates", "ended_on IS NULL OR ended_on >= started_on");
                    table.ForeignKey(
                        name: "fk_dyads_clients_study_id_client_id",
                        columns: x => new { x.study_id, x.client_id },
                        principalTable: "clients",
                        principalColumns: new[] { "study_id", "client_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dyads_therapists_study_id_therapist_id",
                        columns: x => new { x.study_id, x.therapist_id },
                        principalTable: "therapists",
                        principalColumns: new[] { "study_id", "therapist_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dyad_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => new { x.study_id, x.session_id });
                    table.CheckConstraint("ck_sessions_number", "number >= 0");
                    table.ForeignKey(
                        name: "fk_sessions_dyads_study_id_dyad_id",
                        columns: x => new { x.study_id, x.dyad_id },
                        principalTable: "dyads",
                        principalColumns: new[] { "study_id", "dyad_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    instrument_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    language = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invitations", x => new { x.study_id, x.invitation_id });
                    table.CheckConstraint("ck_invitations_role", "role IN ('client', 'therapist')");
                    table.CheckConstraint("ck_invitations_status", "status IN ('open', 'submitted', 'expired', 'withdrawn')");
                    table.CheckConstraint("ck_invitations_token_hash_length", "token_hash IS NULL OR length(token_hash) = 32");
                    table.ForeignKey(
                        name: "fk_invitations_instrument_versions_study_id_instrument_version_id",
                        columns: x => new { x.study_id, x.instrument_version_id },
                        principalTable: "instrument_versions",
                        principalColumns: new[] { "study_id", "instrument_version_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invitations_sessions_study_id_session_id",
                        columns: x => new { x.study_id, x.session_id },
                        principalTable: "sessions",
                        principalColumns: new[] { "study_id", "session_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consent_records",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    consent_id = table.Column<Guid>(type: "uuid", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consent_text_hash = table.Column<string>(type: "text", nullable: false),
                    given_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_records", x => new { x.study_id, x.consent_id });
                    table.ForeignKey(
                        name: "fk_consent_records_invitations_study_id_invitation_id",
                        columns: x => new { x.study_id, x.invitation_id },
                        principalTable: "invitations",
                        principalColumns: new[] { "study_id", "invitation_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "drafts",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_drafts", x => new { x.study_id, x.invitation_id });
                    table.ForeignKey(
                        name: "fk_drafts_invitations_study_id_invitation_id",
                        columns: x => new { x.study_id, x.invitation_id },
                        principalTable: "invitations",
                        principalColumns: new[] { "study_id", "invitation_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "responses",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    idempotency_key = table.Column<string>(type: "text", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: true),
                    source = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_responses", x => new { x.study_id, x.response_id });
                    table.CheckConstraint("ck_responses_answers_object", "jsonb_typeof(answers) = 'object'");
                    table.CheckConstraint("ck_responses_idempotency_key", "length(idempotency_key) BETWEEN 1 AND 200");
                    table.CheckConstraint("ck_responses_source", "source IN ('web', 'import', 'demo')");
                    table.ForeignKey(
                        name: "fk_responses_invitations_study_id_invitation_id",
                        columns: x => new { x.study_id, x.invitation_id },
                        principalTable: "invitations",
                        principalColumns: new[] { "study_id", "invitation_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "withdrawals",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    withdrawal_id = table.Column<Guid>(type: "uuid", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    client_id = table.Column<Guid>(type: "uuid", nullable: true),
                    therapist_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true),
                    withdrawn_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_withdrawals", x => new { x.study_id, x.withdrawal_id });
                    table.CheckConstraint("ck_withdrawals_subject", "num_nonnulls(invitation_id, client_id, therapist_id) >= 1");
                    table.ForeignKey(
                        name: "fk_withdrawals_clients_study_id_client_id",
                        columns: x => new { x.study_id, x.client_id },
                        principalTable: "clients",
                        principalColumns: new[] { "study_id", "client_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_withdrawals_invitations_study_id_invitation_id",
                        columns: x => new { x.study_id, x.invitation_id },
                        principalTable: "invitations",
                        principalColumns: new[] { "study_id", "invitation_id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_withdrawals_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_withdrawals_therapists_study_id_therapist_id",
                        columns: x => new { x.study_id, x.therapist_id },
                        principalTable: "therapists",
                        principalColumns: new[] { "study_id", "therapist_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "response_items",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    response_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<string>(type: "text", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: true),
                    value = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_response_items", x => new { x.study_id, x.response_id, x.item_id });
                    table.ForeignKey(
                        name: "fk_response_items_responses_study_id_response_id",
                        columns: x => new { x.study_id, x.response_id },
                        principalTable: "responses",
                        principalColumns: new[] { "study_id", "response_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_study_id_account_id",
                table: "api_tokens",
                columns: new[] { "study_id", "account_id" });

            migrationBuilder.CreateIndex(
                name: "ix_api_tokens_token_hash",
                table: "api_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_study_id_at",
                table: "audit_log",
                columns: new[] { "study_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_clients_study_id_code",
                table: "clients",
                columns: new[] { "study_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_consent_records_study_id_invitation_id",
                table: "consent_records",
                columns: new[] { "study_id", "invitation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dyads_study_id_client_id",
                table: "dyads",
                columns: new[] { "study_id", "client_id" });

            migrationBuilder.CreateIndex(
                name: "ix_dyads_study_id_code",
                table: "dyads",
                columns: new[] { "study_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dyads_study_id_therapist_id",
                table: "dyads",
                columns: new[] { "study_id", "therapist_id" });

            migrationBuilder.CreateIndex(
                name: "ix_instrument_versions_study_id_instrument_id_version",
                table: "instrument_versions",
                columns: new[] { "study_id", "instrument_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invitations_study_id_instrument_version_id",
                table: "invitations",
                columns: new[] { "study_id", "instrument_version_id" });

            migrationBuilder.CreateIndex(
                name: "ix_invitations_study_id_session_id_role_instrument_version_id",
                table: "invitations",
                columns: new[] { "study_id", "session_id", "role", "instrument_version_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invitations_token_hash",
                table: "invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_researcher_accounts_email",
                table: "researcher_accounts",
                column: "email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_responses_study_id_invitation_id",
                table: "responses",
                columns: new[] { "study_id", "invitation_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_study_id_dyad_id_number",
                table: "sessions",
                columns: new[] { "study_id", "dyad_id", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_study_members_account_id",
                table: "study_members",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_therapists_study_id_code",
                table: "therapists",
                columns: new[] { "study_id", "code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_withdrawals_study_id_client_id",
                table: "withdrawals",
                columns: new[] { "study_id", "client_id" });

            migrationBuilder.CreateIndex(
                name: "ix_withdrawals_study_id_invitation_id",
                table: "withdrawals",
                columns: new[] { "study_id", "invitation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_withdrawals_study_id_therapist_id",
                table: "withdrawals",
                columns: new[] { "study_id", "therapist_id" });

            migrationBuilder.Sql(ResponseItemsTrigger.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ResponseItemsTrigger.Drop);

            migrationBuilder.DropTable(
                name: "api_tokens");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "consent_records");

            migrationBuilder.DropTable(
                name: "drafts");

            migrationBuilder.DropTable(
                name: "response_items");

            migrationBuilder.DropTable(
                name: "withdrawals");

            migrationBuilder.DropTable(
                name: "study_members");

            migrationBuilder.DropTable(
                name: "responses");

            migrationBuilder.DropTable(
                name: "researcher_accounts");

            migrationBuilder.DropTable(
                name: "invitations");

            migrationBuilder.DropTable(
                name: "instrument_versions");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "dyads");

            migrationBuilder.DropTable(
                name: "clients");

            migrationBuilder.DropTable(
                name: "therapists");

            migrationBuilder.DropTable(
                name: "studies");
        }
    }
}
