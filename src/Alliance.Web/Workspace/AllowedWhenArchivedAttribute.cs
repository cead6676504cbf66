namespace Alliance.Web.Workspace;

/// <summary>
/// Marks a page handler that may run in an archived study although it is not a read (a POST): downloading an export
/// or the audit log, an owner's change of the study's state, erasing a participant on request. Every other POST to an
/// archived study is refused by <see cref="StudyPageFilter"/> (423), the one place the workspace enforces read-only.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class AllowedWhenArchivedAttribute : Attribute;
