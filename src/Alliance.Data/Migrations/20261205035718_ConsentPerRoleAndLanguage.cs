using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <inheritdoc />
    public partial class ConsentPerRoleAndLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "contact_email",
                table: "studies",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_name",
                table: "studies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_phone",
                table: "studies",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "consent_texts",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    role = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_texts", x => new { x.study_id, x.role, x.language });
                    table.CheckConstraint("ck_consent_texts_role", "role IN ('client', 'therapist')");
                    table.CheckConstraint("ck_consent_texts_text", "length(text) BETWEEN 1 AND 20000");
                    table.ForeignKey(
                        name: "fk_consent_texts_studies_study_id",
                        column: x => x.study_id,
                        principalTable: "studies",
                        principalColumn: "study_id",
                        onDelete: ReferentialAction.Cascade);
                });

            // Each study's one text becomes the text of every role in the study's first language (what its
            // participants were shown until now); an empty text was no text.
            migrationBuilder.Sql("""
                INSERT INTO consent_texts (study_id, role, language, text)
                SELECT s.study_id, r.role, coalesce(s.languages[1], 'en'), s.consent_text
                FROM studies s CROSS JOIN (VALUES ('client'), ('therapist')) AS r(role)
                WHERE length(s.consent_text) > 0
                """);

            migrationBuilder.DropColumn(
                name: "consent_text",
                table: "studies");

            migrationBuilder.CreateTable(
                name: "replaced_links",
                columns: table => new
                {
                    study_id = table.Column<long>(type: "bigint", nullable: false),
                    token_hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    invitation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    replaced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_replaced_links", x => new { x.study_id, x.token_hash });
                    table.CheckConstraint("ck_replaced_links_token_hash_length", "length(token_hash) = 32");
                    table.ForeignKey(
                        name: "fk_replaced_links_invitations_study_id_invitation_id",
                        columns: x => new { x.study_id, x.invitation_id },
                        principalTable: "invitations",
                        principalColumns: new[] { "study_id", "invitation_id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_studies_contact_reachable",
                table: "studies",
                sql: "contact_name IS NULL OR contact_email IS NOT NULL OR contact_phone IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_replaced_links_study_id_invitation_id",
                table: "replaced_links",
                columns: new[] { "study_id", "invitation_id" });

            migrationBuilder.CreateIndex(
                name: "ix_replaced_links_token_hash",
                table: "replaced_links",
                column: "token_hash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "replaced_links");

            migrationBuilder.DropCheckConstraint(
                name: "ck_studies_contact_reachable",
                table: "studies");

            migrationBuilder.DropColumn(
                name: "contact_email",
                table: "studies");

            migrationBuilder.DropColumn(
                name: "contact_name",
                table: "studies");

            migrationBuilder.DropColumn(
                name: "contact_phone",
                table: "studies");

            migrationBuilder.AddColumn<string>(
                name: "consent_text",
                table: "studies",
                type: "text",
                nullable: true);

            // Back to one text per study: the client's in the study's first language, else the nearest there is.
            // Texts for other roles and languages have no place below this migration.
            migrationBuilder.Sql("""
                UPDATE studies s SET consent_text = (
                    SELECT c.text FROM consent_texts c WHERE c.study_id = s.study_id
                    ORDER BY c.language = coalesce(s.languages[1], 'en') DESC, c.role = 'client' DESC, c.language, c.role
                    LIMIT 1)
                """);

            migrationBuilder.DropTable(
                name: "consent_texts");
        }
    }
}
