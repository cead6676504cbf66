using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <summary>
    /// Issue #21: each client's series of followed scores kept as (sessions, mean, squared deviations) per form and score
    /// in <c>client_score_spreads</c>, current by statement-level triggers and filled here from what is stored
    /// (<see cref="ScoreSpreadsSql"/>), so the rupture rule's study-wide SD (Dashboard/RuptureSpread) pools one row per
    /// client instead of reading every client score of the study on each dashboard and dyad view. Written by hand like
    /// DashboardSummaries: EF never reads the table.
    /// </summary>
    [DbContext(typeof(AllianceDbContext))]
    [Migration("20261205170000_ClientScoreSpreads")]
    public sealed class ClientScoreSpreads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ScoreSpreadsSql.Create);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ScoreSpreadsSql.Drop);
    }
}
