using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <inheritdoc />
    public partial class TestLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "test_links",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    test_link_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    instrument_id = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<string>(type: "text", nullable: false),
                    content_hash = table.Column<string>(type: "text", nullable: false),
                    definition = table.Column<string>(type: "jsonb", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    draft = table.Column<string>(type: "jsonb", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_test_links", x => new { x.study_id, x.test_link_id });
                    table.CheckConstraint("ck_test_links_expiry", "created_at < expires_at");
                    table.CheckConstraint("ck_test_links_token_hash_length", "length(token_hash) = 32");
                    table.ForeignKey(
                        name: "fk_test_links_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "test_answers",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    test_answer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    test_link_id = table.Column<Guid>(type: "uuid", nullable: false),
                    idempotency_key = table.Column<string>(type: "text", nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_test_answers", x => new { x.study_id, x.test_answer_id });
                    table.CheckConstraint("ck_test_answers_key_length", "length(idempotency_key) BETWEEN 1 AND 200");
                    table.ForeignKey(
                        name: "fk_test_answers_test_links_study_id_test_link_id",
                        columns: x => new { x.study_id, x.test_link_id },
                        principalTable: "test_links",
                        principalColumns: new[] { "study_id", "test_link_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_test_answers_study_id_test_link_id_idempotency_key",
                table: "test_answers",
                columns: new[] { "study_id", "test_link_id", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_test_links_token_hash",
                table: "test_links",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "test_answers");

            migrationBuilder.DropTable(
                name: "test_links");
        }
    }
}
