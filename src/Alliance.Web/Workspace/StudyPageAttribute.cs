namespace Alliance.Web.Workspace;

/// <summary>
/// Marks a page under <c>/studies/{studyId}</c> with the <see cref="StudyPolicies"/> entry that guards it.
/// A page with a <c>studyId</c> route value and no such attribute admits nobody.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StudyPageAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}
