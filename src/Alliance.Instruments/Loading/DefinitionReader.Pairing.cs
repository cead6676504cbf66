using System.Text.Json;

namespace Alliance.Instruments.Loading;

/// <summary>
/// <c>construct</c> and <c>parallel_form</c>: what one file can check about its own pairing. Whether the partner
/// exists and matches needs the other file too; <see cref="ParallelFormCheck"/> does that over a set.
/// </summary>
internal sealed partial class DefinitionReader
{
    private (string? Construct, string? ParallelForm) ReadPairing(JsonElement root, string? id, List<RaterRole> raters)
    {
        const string slugHint = "lowercase letters, digits, '-' or '_'";
        var construct = ReadString(root, "construct", "$", required: false, IdPattern(), slugHint);
        var partner = ReadString(root, "parallel_form", "$", required: false, IdPattern(), slugHint);
        if (partner is null)
        {
            return (construct, null);
        }
        if (partner == id)
        {
            Problem("$.parallel_form", $"'{partner}' is this instrument's own id; name the form for the other rater");
        }
        if (!root.TryGetProperty("construct", out var named) || named.ValueKind == JsonValueKind.Null)
        {
            Problem("$", $"a form with a parallel form must name its 'construct', the one it and '{partner}' measure");
        }
        if (raters.Count > 1 || raters is [RaterRole.Observer]) // none: ReadRaters has said so already
        {
            Problem("$.raters", $"a form with a parallel form is rated by exactly one of client or therapist (its partner '{partner}' by the other); found {ParallelForms.Roles(raters)}");
        }
        return (construct, partner);
    }
}
