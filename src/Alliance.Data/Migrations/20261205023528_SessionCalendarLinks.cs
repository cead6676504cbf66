using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <inheritdoc />
    public partial class SessionCalendarLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "default_opening_offset_days",
                table: "studies",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "default_window_days",
                table: "studies",
                type: "integer",
                nullable: false,
                defaultValue: 7);

            migrationBuilder.AddColumn<int>(
                name: "opening_offset_days",
                table: "scheduled_forms",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "window_days",
                table: "scheduled_forms",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "opens_at",
                table: "invitations",
                type: "timestamp with time zone",
                nullable: true);

            // A study's link expiry becomes its default window, in whole days rounded up and within the window's
            // limits. Invitations already issued keep their expiry; their opening stays null (open since issued).
            migrationBuilder.Sql("""
                UPDATE studies
                SET default_window_days = LEAST(365, GREATEST(1, ceil(extract(epoch FROM link_expiry) / 86400)))::integer
                """);

            migrationBuilder.DropColumn(
                name: "link_expiry",
                table: "studies");

            migrationBuilder.AddCheckConstraint(
                name: "ck_studies_default_opening_offset_days",
                table: "studies",
                sql: "default_opening_offset_days BETWEEN -30 AND 365");

            migrationBuilder.AddCheckConstraint(
                name: "ck_studies_default_window_days",
                table: "studies",
                sql: "default_window_days BETWEEN 1 AND 365");

            migrationBuilder.AddCheckConstraint(
                name: "ck_scheduled_forms_opening_offset_days",
                table: "scheduled_forms",
                sql: "opening_offset_days BETWEEN -30 AND 365");

            migrationBuilder.AddCheckConstraint(
                name: "ck_scheduled_forms_window_days",
                table: "scheduled_forms",
                sql: "window_days BETWEEN 1 AND 365");

            migrationBuilder.AddCheckConstraint(
                name: "ck_invitations_opens_before_expiry",
                table: "invitations",
                sql: "opens_at < expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_studies_default_opening_offset_days",
                table: "studies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_studies_default_window_days",
                table: "studies");

            migrationBuilder.DropCheckConstraint(
                name: "ck_scheduled_forms_opening_offset_days",
                table: "scheduled_forms");

            migrationBuilder.DropCheckConstraint(
                name: "ck_scheduled_forms_window_days",
                table: "scheduled_forms");

            migrationBuilder.DropCheckConstraint(
                name: "ck_invitations_opens_before_expiry",
                table: "invitations");

            migrationBuilder.AddColumn<TimeSpan>(
                name: "link_expiry",
                table: "studies",
                type: "interval",
                nullable: false,
                defaultValue: new TimeSpan(0, 0, 0, 0, 0));

            // Back to one expiry per study: its default window. Per-line windows and openings have no place there.
            migrationBuilder.Sql("""
                UPDATE studies SET link_expiry = make_interval(days => default_window_days);
                ALTER TABLE studies ALTER COLUMN link_expiry DROP DEFAULT;
                """);

            migrationBuilder.DropColumn(
                name: "default_opening_offset_days",
                table: "studies");

            migrationBuilder.DropColumn(
                name: "default_window_days",
                table: "studies");

            migrationBuilder.DropColumn(
                name: "opening_offset_days",
                table: "scheduled_forms");

            migrationBuilder.DropColumn(
                name: "window_days",
                table: "scheduled_forms");

            migrationBuilder.DropColumn(
                name: "opens_at",
                table: "invitations");
        }
    }
}
