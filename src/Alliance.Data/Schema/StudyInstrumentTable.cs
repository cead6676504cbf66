using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Schema;

/// <summary>The study's own instruments (<see cref="StudyInstrument"/>), keyed by study, id and version.</summary>
internal static class StudyInstrumentTable
{
    public static void Configure(ModelBuilder b) => b.Entity<StudyInstrument>(e =>
    {
        e.ToTable("study_instruments", t => t.HasCheckConstraint("ck_study_instruments_licence_note",
            "licence_note IS NULL OR length(licence_note) BETWEEN 1 AND 2000"));
        e.HasKey(x => new { x.StudyId, x.InstrumentId, x.Version });
        e.HasOne<Study>().WithMany().HasForeignKey(x => x.StudyId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Definition).HasColumnType("jsonb");
        e.Property(x => x.CreatedAt).HasDefaultValueSql("now()");
        e.Property(x => x.UpdatedAt).HasDefaultValueSql("now()");
    });
}
