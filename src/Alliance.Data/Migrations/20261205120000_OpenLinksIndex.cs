using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <summary>
    /// A partial index over the links still open, for the reminders list and the studies page's open counts
    /// (<see cref="Listing.OverdueLinks"/>): in a running study nine links in ten are answered, and without it both read
    /// every invitation of the study through the primary key. Written as SQL, like the response-items trigger, because
    /// the model has no use for it: EF never plans through it and leaves it alone.
    /// </summary>
    [DbContext(typeof(AllianceDbContext))]
    [Migration("20261205120000_OpenLinksIndex")]
    public sealed class OpenLinksIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "CREATE INDEX IF NOT EXISTS ix_invitations_open_expiry ON invitations (study_id, expires_at) WHERE status = 'open';");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(
            "DROP INDEX IF EXISTS ix_invitations_open_expiry;");
    }
}
