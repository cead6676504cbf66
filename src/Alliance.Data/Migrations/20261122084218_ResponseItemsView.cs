using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <summary>
    /// <c>response_items</c> becomes a view over <c>responses.answers</c> (see <see cref="ResponseItemsViewSql"/>);
    /// its triggers go, and a check constraint takes over their refusal of answers that are not numbers or null.
    /// Down restores the table, its rows and the triggers as ResponseItemsPerStatement left them.
    /// </summary>
    public partial class ResponseItemsView : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Undo ResponseItemsPerStatement, then InitialSchema's trigger: the reverse of Down's last two steps.
            migrationBuilder.Sql(ResponseItemsTrigger.DropPerStatement);
            migrationBuilder.Sql(ResponseItemsTrigger.Drop);

            migrationBuilder.DropTable(
                name: "response_items");

            migrationBuilder.AddCheckConstraint(
                name: "ck_responses_answers_numbers",
                table: "responses",
                sql: "NOT jsonb_path_exists(answers, 'strict $.* ? (@.type() != \"number\" && @.type() != \"null\")', '{}', true)");

            migrationBuilder.Sql(ResponseItemsViewSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ResponseItemsViewSql.Drop);

            migrationBuilder.DropCheckConstraint(
                name: "ck_responses_answers_numbers",
                table: "responses");

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

            migrationBuilder.Sql(ResponseItemsViewSql.FillTable);
            migrationBuilder.Sql(ResponseItemsTrigger.Create);
            migrationBuilder.Sql(ResponseItemsTrigger.PerStatement);
        }
    }
}
