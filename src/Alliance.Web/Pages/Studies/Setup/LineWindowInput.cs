using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The set-up page's per-line window form: a schedule line's own opening offset and window, each empty to follow the
/// study's default. Problems are reported at the line's own fields (<see cref="OffsetField"/>, <see cref="WindowField"/>).
/// </summary>
public sealed class LineWindowInput : IFormInput
{
    public Guid ScheduledFormId { get; set; }

    /// <summary>Days after (negative: before) the session day that the line's links open; null for the study's default.</summary>
    [SignedNumber]
    public int? OpeningOffsetDays { get; set; }

    /// <summary>Days the line's links stay answerable once open; null for the study's default.</summary>
    public int? WindowDays { get; set; }

    /// <summary>The id of the offset field of the line <paramref name="scheduledFormId"/>.</summary>
    public static string OffsetField(Guid scheduledFormId) => "line-offset-" + scheduledFormId.ToString("D");

    /// <summary>The id of the window field of the line <paramref name="scheduledFormId"/>.</summary>
    public static string WindowField(Guid scheduledFormId) => "line-window-" + scheduledFormId.ToString("D");

    public void Check(FormCheck check) =>
        WindowFields.Check(check, OpeningOffsetDays, nameof(OpeningOffsetDays), OffsetField(ScheduledFormId),
            WindowDays, nameof(WindowDays), WindowField(ScheduledFormId), required: false);
}
