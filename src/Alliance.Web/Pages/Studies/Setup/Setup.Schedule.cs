using Alliance.Data.Audit;
using Alliance.Data.Instruments;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The set-up page's forms-and-schedule and arms handlers.</summary>
internal sealed partial class SetupModel
{
    public async Task<IActionResult> OnPostAddFormAsync(ScheduleFormInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        NewForm = input;
        var (chosen, definition) = input.Chosen is { } shipped ? (shipped, ShippedForms.Definition(shipped)) : await OwnChoiceAsync(input, ct);
        if (ModelState.IsValid)
        {
            var frozen = await db.InstrumentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.StudyId == Study.StudyId
                && v.InstrumentId == chosen!.Id && v.Version == chosen.Version, ct);
            if (frozen is not null && frozen.ContentHash != chosen!.ContentHash)
            {
                ModelState.AddModelError("form-instrument", Text.Format("setup.form.frozenDiffers", chosen.Id, chosen.Version, frozen.ContentHash));
            }
            else if (frozen is not null && await db.ScheduledForms.AnyAsync(f => f.StudyId == Study.StudyId && f.Role == input.Rater
                && f.InstrumentVersionId == frozen.InstrumentVersionId, ct))
            {
                ModelState.AddModelError("form-instrument",
                    Text.Format("setup.form.duplicate", chosen!.Id, chosen.Version, Text["setup.role." + input.Role]));
            }
        }
        if (ModelState.IsValid)
        {
            await CheckConsentForAsync(input.Rater, ct);
        }
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(settings: true, ct);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var version = await StudyInstruments.FreezeAsync(db, Study.StudyId, definition!, ct);
        var numbers = input.SessionNumbers.ToList();
        var position = await db.ScheduledForms.Where(f => f.StudyId == Study.StudyId).Select(f => (int?)f.Position).MaxAsync(ct) ?? 0;
        db.ScheduledForms.Add(new ScheduledForm
        {
            StudyId = Study.StudyId, ScheduledFormId = Guid.CreateVersion7(), Role = input.Rater, InstrumentVersionId = version.InstrumentVersionId,
            SessionNumbers = numbers, Position = position + 1, OpeningOffsetDays = input.OpeningOffsetDays, WindowDays = input.WindowDays,
        });
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "setup.form.add", new
        {
            role = input.Role, instrument = version.InstrumentId, version = version.Version, contentHash = version.ContentHash, sessions = numbers,
            openingOffsetDays = input.OpeningOffsetDays, windowDays = input.WindowDays,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Redirect(StudyUrl("setup?saved=true#forms"));
    }

    /// <summary>
    /// The study's own instrument the form names (its newest version) with its definition, checked as the add-a-form
    /// check checks a shipped one; (null, null) with the problem in <c>ModelState</c> when there is none or the role
    /// does not rate it.
    /// </summary>
    private async Task<(Instrument? Chosen, string? Definition)> OwnChoiceAsync(ScheduleFormInput input, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return (null, null);
        }
        var json = await StudyForms.DefinitionAsync(db, Study.StudyId, input.Instrument, null, ct);
        if (json is null)
        {
            ModelState.AddModelError("form-instrument", Text["setup.form.instrument"]);
            return (null, null);
        }
        var own = Alliance.Instruments.Loading.InstrumentLoader.Load(json, input.Instrument).GetOrThrow();
        if (!ShippedForms.RatedBy(own, input.Role))
        {
            ModelState.AddModelError("form-role", Text.Format("setup.form.rater", own.Id, Text["setup.role." + input.Role]));
            return (null, null);
        }
        return (own, json);
    }

    /// <summary>
    /// A study that asks for consent invites a role only once that role has a consent text in the study's first
    /// language (the one every participant falls back to), so nobody is asked to agree to an empty text.
    /// </summary>
    private async Task CheckConsentForAsync(RaterRole role, CancellationToken ct)
    {
        var study = await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == Study.StudyId, ct);
        var first = ParticipantLanguage.FirstOf(study);
        if (study.ConsentRequired && !await db.ConsentTexts.AnyAsync(c => c.StudyId == Study.StudyId && c.Role == role && c.Language == first, ct))
        {
            ModelState.AddModelError("form-role", Text.Format("setup.form.noConsent", Text["setup.role." + role.Name()], Text["setup.language." + first]));
        }
    }

    public async Task<IActionResult> OnPostRemoveFormAsync(Guid scheduledFormId, CancellationToken ct)
    {
        var form = await db.ScheduledForms.SingleOrDefaultAsync(f => f.StudyId == Study.StudyId && f.ScheduledFormId == scheduledFormId, ct);
        if (form is null)
        {
            return NotFound();
        }
        db.ScheduledForms.Remove(form);
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "setup.form.remove",
            new { scheduledFormId, role = form.Role.Name(), instrumentVersionId = form.InstrumentVersionId });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("setup?saved=true#forms"));
    }

    public async Task<IActionResult> OnPostAddArmAsync(ArmInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        NewArm = input;
        var (arm, cliniciansSee) = (input.Code, input.CliniciansSee);
        if (ModelState.IsValid && await db.StudyArms.AnyAsync(a => a.StudyId == Study.StudyId && a.Code == arm, ct))
        {
            ModelState.AddModelError("arm-code", Text.Format("setup.arm.exists", arm));
        }
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(settings: true, ct);
        }
        // ArmTests checks that a false flag reaches the database although the column defaults to true.
        db.StudyArms.Add(new StudyArm { StudyId = Study.StudyId, Code = arm, CliniciansSeeClientRatings = cliniciansSee });
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "setup.arm.add", new { arm, cliniciansSeeClientRatings = cliniciansSee });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("setup?saved=true#arms"));
    }

    public async Task<IActionResult> OnPostArmFlagAsync(string? code, bool cliniciansSee, CancellationToken ct)
    {
        var arm = await db.StudyArms.SingleOrDefaultAsync(a => a.StudyId == Study.StudyId && a.Code == code, ct);
        if (arm is null)
        {
            return NotFound();
        }
        arm.CliniciansSeeClientRatings = cliniciansSee;
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "setup.arm.change", new { arm = arm.Code, cliniciansSeeClientRatings = cliniciansSee });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("setup?saved=true#arms"));
    }

    public async Task<IActionResult> OnPostRemoveArmAsync(string? code, CancellationToken ct)
    {
        var arm = await db.StudyArms.SingleOrDefaultAsync(a => a.StudyId == Study.StudyId && a.Code == code, ct);
        if (arm is null)
        {
            return NotFound();
        }
        if (await db.Dyads.AnyAsync(d => d.StudyId == Study.StudyId && d.Arm == arm.Code, ct))
        {
            ModelState.AddModelError("arm-row-" + arm.Code, Text.Format("setup.arm.inUse", arm.Code));
            return await InvalidAsync(settings: true, ct);
        }
        db.StudyArms.Remove(arm);
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "setup.arm.remove", new { arm = arm.Code });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("setup?saved=true#arms"));
    }
}
