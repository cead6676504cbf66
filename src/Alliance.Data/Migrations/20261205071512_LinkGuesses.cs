using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <inheritdoc />
    public partial class LinkGuesses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "link_guesses",
                columns: table => new
                {
                    client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    window_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    guesses = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_link_guesses", x => x.client);
                    table.CheckConstraint("ck_link_guesses_guesses_positive", "guesses > 0");
                })
                .Annotation("Npgsql:UnloggedTable", true);

            migrationBuilder.CreateIndex(
                name: "ix_link_guesses_window_started_at",
                table: "link_guesses",
                column: "window_started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "link_guesses");
        }
    }
}
