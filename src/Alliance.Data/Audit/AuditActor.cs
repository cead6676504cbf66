using System.Text.RegularExpressions;

namespace Alliance.Data.Audit;

/// <summary>
/// Who an audit entry's <c>actor</c> names, read from the forms the code writes: <c>account:{id} {e-mail}</c> (a
/// researcher in the workspace), <c>account:{id} token:{id}</c> (the export API with a personal token),
/// <c>cli:{user}</c> (the command line on the server). <see cref="Key"/> is the person without what varies per entry
/// (<c>account:{id}</c>, <c>cli:{user}</c>, or the whole actor for any other form): the log's person filter.
/// </summary>
public sealed partial record AuditActor(string Key, Guid? AccountId, string? Email, Guid? TokenId, string? CommandLineUser)
{
    /// <summary>The parts of <paramref name="actor"/>; an actor of no known form keeps itself as the key.</summary>
    public static AuditActor Parse(string actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (Account().Match(actor) is { Success: true } m)
        {
            var id = Guid.Parse(m.Groups["id"].Value);
            var rest = m.Groups["rest"].Value;
            return Token().Match(rest) is { Success: true } t
                ? new AuditActor($"account:{id:D}", id, null, Guid.Parse(t.Groups["token"].Value), null)
                : new AuditActor($"account:{id:D}", id, rest.Length > 0 ? rest : null, null, null);
        }
        return actor.StartsWith("cli:", StringComparison.Ordinal)
            ? new AuditActor(actor, null, null, null, actor["cli:".Length..])
            : new AuditActor(actor, null, null, null, null);
    }

    [GeneratedRegex(@"^account:(?<id>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?: (?<rest>.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Account();

    [GeneratedRegex(@"^token:(?<token>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
