using Microsoft.AspNetCore.Authorization;

namespace Alliance.Web.Workspace;

/// <summary>
/// Marks a page under <c>/studies/{studyId}</c> with the <see cref="StudyPolicies"/> entry that guards it: an
/// <see cref="AuthorizeAttribute"/> naming that policy, so the framework's authorization runs the study gate before
/// the page. A page with a <c>studyId</c> route value and no such attribute admits nobody (<see cref="StudyPageFilter"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StudyPageAttribute(string policy) : AuthorizeAttribute(policy);
