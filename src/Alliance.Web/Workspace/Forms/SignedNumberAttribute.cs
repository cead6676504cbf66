namespace Alliance.Web.Workspace.Forms;

/// <summary>
/// Marks a form input's <c>int?</c> property that may be negative: <see cref="FormValueBinder"/> then also reads a
/// leading minus (<c>-3</c>, as an <c>&lt;input type="number"&gt;</c> sends it). Other numbers stay digits only, so a
/// count or a number of days never reads <c>-3</c> as a value to range-check.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SignedNumberAttribute : Attribute;
