using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <summary>
    /// Fills <c>response_items</c> once per inserting statement instead of once per row: a batch of submissions reads
    /// each instrument definition once. Changed answers are still refilled row by row.
    /// </summary>
    public partial class ResponseItemsPerStatement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ResponseItemsTrigger.PerStatement);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ResponseItemsTrigger.DropPerStatement);
        }
    }
}
