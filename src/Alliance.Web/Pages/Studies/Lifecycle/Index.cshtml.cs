using Alliance.Data;
using Alliance.Data.Lifecycle;
using Alliance.Data.Model;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;

namespace Alliance.Web.Pages.Studies.Lifecycle;

/// <summary>
/// <c>/studies/{id}/lifecycle</c> (owners): where the study stands and the moves from there (lock, close, archive,
/// unlock; <see cref="StudyStates.MayBecome"/>), and duplicating its set-up into a new study without its people or data.
/// </summary>
[StudyPage(StudyPolicies.Lifecycle)]
internal sealed class LifecycleModel(AllianceDbContext db, TimeProvider clock) : StudyPageModel
{
    /// <summary>The longest study name (as the studies page accepts).</summary>
    public const int MaxNameLength = 200;

    /// <summary>What was just done (<c>?done=</c>: a state's name, or <c>duplicated</c>), for the notice.</summary>
    public string? Done { get; private set; }

    /// <summary>The copy just made, to link to.</summary>
    public long? Copy { get; private set; }

    /// <summary>The states the study may move to from its current one, in the order the page offers them.</summary>
    public IEnumerable<StudyState> Moves =>
        new[] { StudyState.Active, StudyState.Locked, StudyState.Closed, StudyState.Archived }.Where(to => Study.State.MayBecome(to));

    public string CopyName { get; private set; } = "";

    public void OnGet(string? done, long? copy)
    {
        Done = done;
        Copy = copy;
        CopyName = Text.Format("lifecycle.duplicate.defaultName", Study.StudyName);
    }

    [AllowedWhenArchived]
    public async Task<IActionResult> OnPostStateAsync([FromForm(Name = "to")] string? to, CancellationToken ct)
    {
        if (!StudyStates.TryParse(to, out var state) || !await StudyLifecycle.ChangeStateAsync(db, Study.StudyId, state, Study.Actor, ct))
        {
            // An unknown state, or a move that another owner's change made impossible meanwhile.
            return StatusCode(StatusCodes.Status409Conflict);
        }
        return Redirect(StudyUrl("lifecycle?done=" + state.Name()));
    }

    [AllowedWhenArchived]
    public async Task<IActionResult> OnPostDuplicateAsync([FromForm(Name = "name")] string? name, CancellationToken ct)
    {
        CopyName = name?.Trim() ?? "";
        if (CopyName.Length is 0 or > MaxNameLength)
        {
            ModelState.AddModelError("copy-name", Text["lifecycle.duplicate.nameInvalid"]);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var copy = await StudyDuplicate.DuplicateAsync(db, Study.StudyId, CopyName, Study.AccountId, Study.Actor, clock.GetUtcNow(), ct);
        return Redirect(StudyUrl("lifecycle?done=duplicated&copy=" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
