using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Schema;

/// <summary>
/// Test links and their answers (<see cref="TestLink"/>, <see cref="TestAnswer"/>): keyed by study like every study
/// table, and referenced by nothing, so deleting a link deletes its answers and nothing else.
/// </summary>
internal static class TestLinkTables
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<TestLink>(e =>
        {
            e.ToTable("test_links", t =>
            {
                t.HasCheckConstraint("ck_test_links_token_hash_length", "length(token_hash) = 32");
                t.HasCheckConstraint("ck_test_links_expiry", "created_at < expires_at");
            });
            e.HasKey(x => new { x.StudyId, x.TestLinkId });
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Definition).HasColumnType("jsonb");
            e.Property(x => x.Draft).HasColumnType("jsonb");
            e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        });

        b.Entity<TestAnswer>(e =>
        {
            e.ToTable("test_answers", t => t.HasCheckConstraint("ck_test_answers_key_length", "length(idempotency_key) BETWEEN 1 AND 200"));
            e.HasKey(x => new { x.StudyId, x.TestAnswerId });
            e.HasIndex(x => new { x.StudyId, x.TestLinkId, x.IdempotencyKey }).IsUnique();
            e.HasOne<TestLink>().WithMany().HasForeignKey(x => new { x.StudyId, x.TestLinkId }).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Answers).HasColumnType("jsonb");
            e.Property(x => x.SubmittedAt).HasDefaultValueSql("now()");
        });
    }
}
