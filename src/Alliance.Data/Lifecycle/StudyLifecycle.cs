using Alliance.Data.Audit;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Lifecycle;

/// <summary>Reads and changes where a study stands (<see cref="StudyState"/>); each change is audited.</summary>
public static class StudyLifecycle
{
    /// <summary>The study's state; throws <see cref="InvalidOperationException"/> for a study that does not exist.</summary>
    public static Task<StudyState> StateAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Studies.Where(s => s.StudyId == studyId).Select(s => s.State).SingleAsync(ct);
    }

    /// <summary>Throws <see cref="LifecycleRefusal"/> unless <paramref name="state"/> allows changes (not archived).</summary>
    public static void RequireChangesAllowed(StudyState state)
    {
        if (!state.AllowsChanges())
        {
            throw new LifecycleRefusal($"the study is {state.Name()}: nothing in it can be changed");
        }
    }

    /// <summary>Throws <see cref="LifecycleRefusal"/> unless <paramref name="state"/> issues links (active only).</summary>
    public static void RequireIssuing(StudyState state)
    {
        if (!state.IssuesLinks())
        {
            throw new LifecycleRefusal($"the study is {state.Name()}: it issues no links");
        }
    }

    /// <summary>
    /// Moves the study to <paramref name="to"/> and audits the move (<see cref="LifecycleActions.StateChange"/>), in one
    /// save. Returns false, changing nothing, when the move is not allowed (<see cref="StudyStates.MayBecome"/>). The
    /// caller decides who may (the workspace: owners only).
    /// </summary>
    public static async Task<bool> ChangeStateAsync(AllianceDbContext db, long studyId, StudyState to, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId, ct).ConfigureAwait(false);
        var from = study.State;
        if (!from.MayBecome(to))
        {
            return false;
        }
        study.State = to;
        AuditTrail.Add(db, studyId, actor, LifecycleActions.StateChange(to), new { from = from.Name(), to = to.Name() });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }
}
