using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <summary>
    /// Issue #21: the dashboard's per-dyad state kept current by the triggers of DashboardSummaries and ClientScoreSpreads
    /// and filled here from what is stored (<see cref="DyadSummariesSql"/>): each dyad's links in a final state and its
    /// open links (<c>dyad_link_counts</c>, <c>dyad_open_links</c>), each client series' largest drop
    /// (<c>client_score_spreads.max_drop</c>) and each client form version's latest submitted scores
    /// (<c>client_latest_scores</c>), so the by-dyad table's rate and overdue orders and its overdue and alert filters
    /// read one row per dyad instead of every link and client score of the study. The trigger functions are replaced;
    /// the triggers stay. Written by hand like DashboardSummaries: EF never reads the tables.
    /// </summary>
    [DbContext(typeof(AllianceDbContext))]
    [Migration("20261205212754_DyadSummaries")]
    public sealed class DyadSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DyadSummariesSql.Create);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(DyadSummariesSql.Drop);
    }
}
