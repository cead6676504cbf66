namespace Alliance.Data.Model;

/// <summary>
/// An arm or condition of a trial (table <c>study_arms</c>), named by the code dyads carry in <see cref="Dyad.Arm"/>,
/// with its blinding rule: in a no-feedback arm clinicians must not see their clients' ratings.
/// A dyad whose arm has no row here is treated as unblinded.
/// </summary>
public sealed class StudyArm
{
    public long StudyId { get; set; }

    /// <summary>The code dyads use, e.g. <c>feedback</c> or <c>usual-care</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Whether members with the clinician role may see client ratings of dyads in this arm.</summary>
    public bool CliniciansSeeClientRatings { get; set; } = true;
}
