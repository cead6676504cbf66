using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <inheritdoc />
    public partial class StudyLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "studies",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "active");

            migrationBuilder.AddCheckConstraint(
                name: "ck_studies_state",
                table: "studies",
                sql: "state IN ('active', 'locked', 'closed', 'archived')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_studies_state",
                table: "studies");

            migrationBuilder.DropColumn(
                name: "state",
                table: "studies");
        }
    }
}
