using Alliance.Data;
using Alliance.Data.Model;

namespace Alliance.Web.Workspace;

/// <summary>
/// The dyads a member may see: all of the study's for owners, researchers and analysts; for a clinician only those of
/// the therapist their membership names (none when it names none). Every page that lists dyads, sessions or
/// invitations starts from here.
/// </summary>
public static class VisibleDyads
{
    public static IQueryable<Dyad> For(AllianceDbContext db, StudyContext study)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(study);
        var dyads = db.Dyads.Where(d => d.StudyId == study.StudyId);
        return study.IsClinician ? dyads.Where(d => study.TherapistId != null && d.TherapistId == study.TherapistId) : dyads;
    }

    /// <summary>
    /// Whether the member may see client ratings of a dyad in <paramref name="arm"/>: always, except clinicians in an
    /// arm whose <see cref="StudyArm.CliniciansSeeClientRatings"/> is false (no-feedback condition of a trial).
    /// </summary>
    public static bool ClientRatingsVisible(StudyContext study, string? arm, IReadOnlyCollection<StudyArm> arms)
    {
        ArgumentNullException.ThrowIfNull(study);
        ArgumentNullException.ThrowIfNull(arms);
        return !study.IsClinician || arm is null
            || arms.FirstOrDefault(a => a.Code == arm) is not { CliniciansSeeClientRatings: false };
    }
}
