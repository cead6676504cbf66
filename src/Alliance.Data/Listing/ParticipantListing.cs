using Alliance.Data.Model;
using Alliance.Data.Paging;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Listing;

/// <summary>
/// The participants page's reads: a page of therapists or clients by code (a code search narrows them), and a page of
/// dyads with their people's codes. Each reads one page through the (study_id, code) indexes plus a count.
/// </summary>
public static class ParticipantListing
{
    /// <summary>A page of the study's therapists (or clients) whose code contains <paramref name="code"/> (all when null).</summary>
    public static Task<Page<PersonLine>> PeopleAsync(AllianceDbContext db, long studyId, bool therapists, string? code, PageRequest request,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var people = therapists
            ? db.Therapists.AsNoTracking().Where(x => x.StudyId == studyId).Select(x => new { x.Code, x.Language })
            : db.Clients.AsNoTracking().Where(x => x.StudyId == studyId).Select(x => new { x.Code, x.Language });
        if (code is not null)
        {
            var pattern = "%" + DyadFilter.Like(code) + "%";
            people = people.Where(x => EF.Functions.ILike(x.Code, pattern, "\\"));
        }
        return people.OrderBy(x => x.Code).Select(x => new PersonLine(x.Code, x.Language)).ToPageAsync(request, ct);
    }

    /// <summary>A page of <paramref name="dyads"/> (already narrowed and filtered) by code, with their people's codes.</summary>
    public static Task<Page<DyadLine>> DyadsAsync(AllianceDbContext db, IQueryable<Dyad> dyads, PageRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dyads);
        return (
            from d in dyads.AsNoTracking()
            join th in db.Therapists on new { d.StudyId, d.TherapistId } equals new { th.StudyId, th.TherapistId }
            join c in db.Clients on new { d.StudyId, d.ClientId } equals new { c.StudyId, c.ClientId }
            orderby d.Code
            select new DyadLine(d.Code, th.Code, c.Code, d.Arm, d.StartedOn))
            .ToPageAsync(request, ct);
    }
}
