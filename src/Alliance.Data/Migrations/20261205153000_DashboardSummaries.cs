using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations
{
    /// <summary>
    /// Issue #21: the dashboard's completion counts kept current by triggers and filled here from what is stored — links
    /// in a final state per therapist and day, open links per therapist, day, due day, opening and expiry
    /// (<see cref="CompletionCountsSql"/>). And one partial index over open
    /// links instead of two: OpenLinksIndex's <c>ix_invitations_open_expiry</c> (study_id, expires_at) WHERE status =
    /// 'open', now in the model under the model's name <c>ix_invitations_study_id_expires_at</c>, serves what ranges over
    /// expiry (the expiry job, the dashboard's open links; the reminders and the studies page read the covering index of
    /// the later OpenLinksCovering); LinkExpiryIndex's <c>ix_invitations_expires_at</c> (expires_at,
    /// the same rows) goes. Written by hand like OpenLinksIndex: the model gains no table (EF never reads the two
    /// count tables), and the index it now declares exists already, under another name. The foreign key's index on
    /// (study_id, instrument_version_id) gains the role (Dashboard/IssuedForms).
    /// </summary>
    [DbContext(typeof(AllianceDbContext))]
    [Migration("20261205153000_DashboardSummaries")]
    public sealed class DashboardSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CompletionCountsSql.Create);
            migrationBuilder.Sql("""
                ALTER INDEX ix_invitations_open_expiry RENAME TO ix_invitations_study_id_expires_at;
                DROP INDEX ix_invitations_expires_at;
                CREATE INDEX ix_invitations_study_id_instrument_version_id_role ON invitations (study_id, instrument_version_id, role);
                DROP INDEX ix_invitations_study_id_instrument_version_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(CompletionCountsSql.Drop);
            migrationBuilder.Sql("""
                CREATE INDEX ix_invitations_study_id_instrument_version_id ON invitations (study_id, instrument_version_id);
                DROP INDEX ix_invitations_study_id_instrument_version_id_role;
                CREATE INDEX ix_invitations_expires_at ON invitations (expires_at) WHERE status = 'open';
                ALTER INDEX ix_invitations_study_id_expires_at RENAME TO ix_invitations_open_expiry;
                """);
        }
    }
}
