using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <inheritdoc />
    public partial class WorkspaceSetUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "therapist_id",
                table: "study_members",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "reminded_at",
                table: "invitations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "reminder_count",
                table: "invitations",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "scheduled_forms",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    scheduled_form_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    instrument_version_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_numbers = table.Column<List<int>>(type: "integer[]", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scheduled_forms", x => new { x.study_id, x.scheduled_form_id });
                    table.CheckConstraint("ck_scheduled_forms_role", "role IN ('client', 'therapist')");
                    table.CheckConstraint("ck_scheduled_forms_sessions", "0 < ALL (session_numbers)");
                    table.ForeignKey(
                        name: "fk_scheduled_forms_instrument_versions_study_id_instrument_version_id",
                        columns: x => new { x.study_id, x.instrument_version_id },
                        principalTable: "instrument_versions",
                        principalColumns: new[] { "study_id", "instrument_version_id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "study_arms",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    code = table.Column<string>(type: "text", nullable: false),
                    clinicians_see_client_ratings = table.Column<bool>(type: "boolean", nullable: false, defaultValue: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_study_arms", x => new { x.study_id, x.code });
                    table.CheckConstraint("ck_study_arms_code", "length(code) BETWEEN 1 AND 64");
                    table.ForeignKey(
                        name: "fk_study_arms_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_study_members_study_id_therapist_id",
                table: "study_members",
                columns: new[] { "study_id", "therapist_id" });

            migrationBuilder.CreateIndex(
                name: "ix_scheduled_forms_study_id_instrument_version_id",
                table: "scheduled_forms",
                columns: new[] { "study_id", "instrument_version_id" });

            migrationBuilder.CreateIndex(
                name: "ix_scheduled_forms_study_id_role_instrument_version_id",
                table: "scheduled_forms",
                columns: new[] { "study_id", "role", "instrument_version_id" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_study_members_therapists_study_id_therapist_id",
                table: "study_members",
                columns: new[] { "study_id", "therapist_id" },
                principalTable: "therapists",
                principalColumns: new[] { "study_id", "therapist_id" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_study_members_therapists_study_id_therapist_id",
                table: "study_members");

            migrationBuilder.DropTable(
                name: "scheduled_forms");

            migrationBuilder.DropTable(
                name: "study_arms");

            migrationBuilder.DropIndex(
                name: "ix_study_members_study_id_therapist_id",
                table: "study_members");

            migrationBuilder.DropColumn(
                name: "therapist_id",
                table: "study_members");

            migrationBuilder.DropColumn(
                name: "reminded_at",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "reminder_count",
                table: "invitations");
        }
    }
}
