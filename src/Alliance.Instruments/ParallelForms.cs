using Alliance.Instruments.Loading;

namespace Alliance.Instruments;

/// <summary>
/// Parallel forms: a client form and a therapist form of one construct that an instrument definition declares as
/// each other's partner (<c>"construct"</c> and <c>"parallel_form"</c>, e.g. <c>wa-client</c> ↔ <c>wa-therapist</c>).
/// Pairs are only ever declared, never guessed from ids or titles, and a declared pair counts only when it holds up:
/// the two forms name each other, one is rated by the client and the other by the therapist, both name the same
/// construct, and both have the same scores (subscale ids and total) with the same scoring rule and
/// <see cref="Subscale.Range"/>. Only such a pair may be compared score by score (discrepancy, agreement).
/// </summary>
public static class ParallelForms
{
    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> are a declared pair on the same scale (every rule above,
    /// in both directions). Symmetric; false for a form and itself, and for forms that declare no partner.
    /// </summary>
    public static bool AreDeclaredPair(Instrument a, Instrument b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Header.ParallelForm == b.Id && !Mismatches(a, b).Any() && !Mismatches(b, a).Any();
    }

    /// <summary>
    /// The partner of <paramref name="form"/> among <paramref name="candidates"/>: the first candidate (in the order
    /// given) that forms a declared pair with it (<see cref="AreDeclaredPair"/>); null when the form declares no
    /// parallel form or no candidate qualifies. A declaration that does not hold up yields null, so a caller never
    /// pairs two forms whose scores are not comparable. Pass several versions of one id newest first to prefer the newest.
    /// </summary>
    public static Instrument? PartnerOf(Instrument form, IEnumerable<Instrument> candidates)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(candidates);
        return form.Header.ParallelForm is null ? null : candidates.FirstOrDefault(c => AreDeclaredPair(form, c));
    }

    /// <summary>
    /// What keeps <paramref name="partner"/> from being <paramref name="form"/>'s declared partner, seen from
    /// <paramref name="form"/>'s definition: each a JSON path in that definition and a message. Assumes
    /// <paramref name="partner"/> has the id <paramref name="form"/> declares.
    /// </summary>
    internal static IEnumerable<(string Path, string Code, object?[] Arguments)> Mismatches(Instrument form, Instrument partner)
    {
        var other = Other(form.Header.Raters);
        if (other is null || partner.Header.Raters is not [var partnerRole] || partnerRole != other)
        {
            var role = form.Header.Raters is [var own] ? own.ToString().ToLowerInvariant() + " " : "";
            yield return ("$.parallel_form", "pair.raters",
                [partner.Id, Roles(partner.Header.Raters), role, other?.ToString().ToLowerInvariant() ?? (object)new ProblemTerm("pair.otherRater", [])]);
        }
        if (partner.Header.ParallelForm != form.Id)
        {
            if (partner.Header.ParallelForm is { } theirs)
            {
                yield return ("$.parallel_form", "pair.declaresOther", [partner.Id, theirs, form.Id]);
            }
            else
            {
                yield return ("$.parallel_form", "pair.declaresNone", [partner.Id]);
            }
        }
        if (form.Header.Construct is null || partner.Header.Construct != form.Header.Construct)
        {
            yield return ("$.construct", "pair.constructDiffers", [Quoted(form.Header.Construct), partner.Id, Quoted(partner.Header.Construct)]);
        }
        foreach (var mismatch in ScoreMismatches(form, partner))
        {
            yield return mismatch;
        }
    }

    private static IEnumerable<(string Path, string Code, object?[] Arguments)> ScoreMismatches(Instrument form, Instrument partner)
    {
        var theirs = partner.Scores.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var ours = form.Scores.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var onlyTheirs = partner.Scores.Where(s => !ours.Contains(s.Id)).Select(s => s.Id).ToList();
        if (onlyTheirs.Count > 0)
        {
            yield return ("$.subscales", "pair.scoresLacking", [partner.Id, string.Join(", ", onlyTheirs)]);
        }
        for (var i = 0; i < form.Scores.Count; i++)
        {
            var score = form.Scores[i];
            var path = score.IsTotal ? "$.total" : $"$.subscales[{i}]";
            if (!theirs.TryGetValue(score.Id, out var match))
            {
                yield return (path, "pair.scoreMissing", [score.Id, partner.Id]);
            }
            else if (match.Rule != score.Rule)
            {
                yield return (path + ".scoring", "pair.scoreRule", [score.Id, Rule(score), Rule(match), partner.Id]);
            }
            else if (match.Range != score.Range)
            {
                yield return (path, "pair.scoreRange", [score.Id, score.Range.ToString(), match.Range.ToString(), partner.Id]);
            }
        }
    }

    /// <summary><c>client</c>, <c>client and therapist</c>: rater roles as the definition files spell them.</summary>
    internal static object Roles(IReadOnlyList<RaterRole> raters) => raters.Count switch
    {
        0 => (object)new ProblemTerm("roles.none", []),
        1 => raters[0].ToString().ToLowerInvariant(),
        _ => new ProblemTerm("roles.and", [string.Join(", ", raters.SkipLast(1).Select(r => r.ToString().ToLowerInvariant())), raters[^1].ToString().ToLowerInvariant()]),
    };

    private static RaterRole? Other(IReadOnlyList<RaterRole> raters) => raters switch
    {
        [RaterRole.Client] => RaterRole.Therapist,
        [RaterRole.Therapist] => RaterRole.Client,
        _ => null,
    };

    private static ProblemTerm Rule(Subscale score) => new("rule." + score.Rule.ToString().ToLowerInvariant(), []);

    private static object Quoted(string? construct) => construct is null ? new ProblemTerm("pair.noConstruct", []) : (object)$"'{construct}'";
}
