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
        var slugHint = Hint("slug");
        var construct = ReadString(root, "construct", "$", required: false, IdPattern(), slugHint);
        var partner = ReadString(root, "parallel_form", "$", required: false, IdPattern(), slugHint);
        if (partner is null)
        {
            return (construct, null);
        }
        if (partner == id)
        {
            Problem("$.parallel_form", "pair.self", partner);
        }
        if (!root.TryGetProperty("construct", out var named) || named.ValueKind == JsonValueKind.Null)
        {
            Problem("$", "pair.needsConstruct", partner);
        }
        if (raters.Count > 1 || raters is [RaterRole.Observer]) // none: ReadRaters has said so already
        {
            Problem("$.raters", "pair.oneRater", partner, ParallelForms.Roles(raters));
        }
        return (construct, partner);
    }
}
