using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <inheritdoc />
    public partial class AccountInvitationsAndTwoFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "two_factor_required",
                table: "studies",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "account_invitations",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    invited_by = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    accepted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_invitations", x => new { x.study_id, x.invitation_id });
                    table.CheckConstraint("ck_account_invitations_email_lower", "email = lower(email)");
                    table.CheckConstraint("ck_account_invitations_role", "role IN ('owner', 'researcher', 'analyst', 'clinician')");
                    table.ForeignKey(
                        name: "fk_account_invitations_researcher_accounts_invited_by",
                        column: x => x.invited_by,
                        principalTable: "researcher_accounts",
                        principalColumn: "account_id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_account_invitations_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "password_resets",
                columns: table => new
                {
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_password_resets", x => x.token_hash);
                    table.ForeignKey(
                        name: "fk_password_resets_researcher_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "researcher_accounts",
                        principalColumn: "account_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recovery_codes",
                columns: table => new
                {
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recovery_codes", x => new { x.account_id, x.code_hash });
                    table.ForeignKey(
                        name: "fk_recovery_codes_researcher_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "researcher_accounts",
                        principalColumn: "account_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "two_factor_secrets",
                columns: table => new
                {
                    account_id = table.Column<Guid>(type: "uuid", nullable: false),
                    protected_secret = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_step = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_two_factor_secrets", x => x.account_id);
                    table.ForeignKey(
                        name: "fk_two_factor_secrets_researcher_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "researcher_accounts",
                        principalColumn: "account_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_account_invitations_expires_at",
                table: "account_invitations",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_account_invitations_invited_by",
                table: "account_invitations",
                column: "invited_by");

            migrationBuilder.CreateIndex(
                name: "ix_account_invitations_token_hash",
                table: "account_invitations",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_password_resets_account_id",
                table: "password_resets",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_password_resets_expires_at",
                table: "password_resets",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_invitations");

            migrationBuilder.DropTable(
                name: "password_resets");

            migrationBuilder.DropTable(
                name: "recovery_codes");

            migrationBuilder.DropTable(
                name: "two_factor_secrets");

            migrationBuilder.DropColumn(
                name: "two_factor_required",
                table: "studies");
        }
    }
}
