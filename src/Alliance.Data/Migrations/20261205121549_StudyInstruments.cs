using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <inheritdoc />
    public partial class StudyInstruments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "study_instruments",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    instrument_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    definition = table.Column<string>(type: "jsonb", nullable: false),
                    licence_note = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_study_instruments", x => new { x.study_id, x.instrument_id, x.version });
                    table.CheckConstraint("ck_study_instruments_licence_note", "licence_note IS NULL OR length(licence_note) BETWEEN 1 AND 2000");
                    table.ForeignKey(
                        name: "fk_study_instruments_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "study_instruments");
        }
    }
}
