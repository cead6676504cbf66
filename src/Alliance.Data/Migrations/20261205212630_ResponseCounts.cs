using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <summary>
    /// Issue #21: each study's number of stored responses kept in <c>response_counts</c> by statement-level triggers
    /// (<see cref="ResponseCountsSql"/>), so the studies page reads a few rows per study instead of counting every
    /// response. Written by hand like DashboardSummaries: EF never reads the table.
    /// </summary>
    [DbContext(typeof(AllianceDbContext))]
    [Migration("20261205212630_ResponseCounts")]
    public sealed class ResponseCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ResponseCountsSql.Create);

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(ResponseCountsSql.Drop);
    }
}
