using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Listing;

/// <summary>
/// The filters of the workspace's dyad lists, as query parameters: <c>q</c> a part of the dyad's code (case-insensitive),
/// <c>therapist</c> the therapist's code, <c>arm</c> the arm's code. Empty means no filter.
/// </summary>
public sealed record DyadFilter(string? Code, string? Therapist, string? Arm)
{
    public static readonly DyadFilter None = new(null, null, null);

    public bool IsEmpty => Code is null && Therapist is null && Arm is null;

    /// <summary>The filter from query values: blank values and surrounding spaces dropped.</summary>
    public static DyadFilter From(string? code, string? therapist, string? arm) => new(Clean(code), Clean(therapist), Clean(arm));

    /// <summary>
    /// <paramref name="dyads"/> (already narrowed to what the member may see) filtered. The code search is a
    /// substring match: a dyad code is short and a study has at most some ten thousand dyads, which a scan of the study's
    /// rows of <c>dyads</c> (ordered by the (study_id, code) index) reads in milliseconds.
    /// </summary>
    public IQueryable<Dyad> Apply(AllianceDbContext db, IQueryable<Dyad> dyads)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dyads);
        if (Code is { } code)
        {
            var pattern = "%" + Like(code) + "%";
            dyads = dyads.Where(d => EF.Functions.ILike(d.Code, pattern, "\\"));
        }
        if (Therapist is { } therapist)
        {
            dyads = dyads.Where(d => db.Therapists.Any(t => t.StudyId == d.StudyId && t.TherapistId == d.TherapistId && t.Code == therapist));
        }
        if (Arm is { } arm)
        {
            dyads = dyads.Where(d => d.Arm == arm);
        }
        return dyads;
    }

    /// <summary>A code typed into a search box, with LIKE's wildcards taken literally.</summary>
    public static string Like(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
