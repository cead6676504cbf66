using Alliance.Data.Invitations;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// How the set-up page checks an opening offset and a window (the study's defaults, a new or an existing schedule
/// line): what may be set is <see cref="LinkWindow.Check"/>'s rule, never a copy of it; this only adds what a form
/// adds to it (text that is no whole number; a study default left empty) and words each problem at its own field.
/// </summary>
internal static class WindowFields
{
    /// <param name="check">Where problems go.</param>
    /// <param name="offset">The offset as bound (null: empty, or unreadable).</param>
    /// <param name="offsetName">The offset's property name, to tell unreadable text from an empty field.</param>
    /// <param name="offsetField">The offset field's id on the page.</param>
    /// <param name="window">The window as bound.</param>
    /// <param name="windowName">The window's property name.</param>
    /// <param name="windowField">The window field's id.</param>
    /// <param name="required">Whether an empty window is a problem (the study's default) or means "the study's default" (a line).</param>
    public static void Check(FormCheck check, int? offset, string offsetName, string offsetField,
        int? window, string windowName, string windowField, bool required)
    {
        ArgumentNullException.ThrowIfNull(check);
        var badOffset = check.Unreadable(offsetName);
        var badWindow = check.Unreadable(windowName) || (required && window is null);
        foreach (var error in LinkWindow.Check(badOffset ? null : offset, badWindow ? null : window))
        {
            badOffset |= error.Field == LinkWindow.OpeningOffsetField;
            badWindow |= error.Field == LinkWindow.WindowField;
        }
        if (badOffset)
        {
            check.Add(offsetField, "setup.offset.invalid", LinkWindow.MinOpeningOffsetDays, LinkWindow.MaxOpeningOffsetDays);
        }
        if (badWindow)
        {
            check.Add(windowField, "setup.window.invalid", LinkWindow.MaxWindowDays);
        }
    }
}
