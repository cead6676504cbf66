using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Alliance.Data.Schema;

/// <summary>
/// Stores the model's enums as their lower-case names (<see cref="RaterRoleNames"/>, <see cref="InvitationStatusNames"/>),
/// the spelling the check constraints, raw SQL and exports use. Parsing is exact: a value no member has fails loudly
/// rather than becoming a default.
/// </summary>
internal static class LowerCaseNames
{
    public static readonly ValueConverter<RaterRole, string> Role = new(v => v.Name(), v => RaterRoleNames.Parse(v));

    public static readonly ValueConverter<StudyState, string> StudyState =
        new(v => Lifecycle.StudyStates.Name(v), v => Lifecycle.StudyStates.Parse(v));

    public static readonly ValueConverter<InvitationStatus, string> Status = new(v => v.Name(), v => InvitationStatusNames.Parse(v));
}
