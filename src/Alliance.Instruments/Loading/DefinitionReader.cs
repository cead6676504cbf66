using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Alliance.Instruments.Loading;

/// <summary>
/// Walks a parsed definition and collects every problem (never stops at the first), then builds the
/// <see cref="Instrument"/> when there were none. The JSON Schema in <c>instruments/</c> documents the
/// same rules; this class is what enforces them (no schema package, BCL only).
/// </summary>
internal sealed partial class DefinitionReader
{
    private static readonly string[] RootProperties =
    [
        "$schema", "id", "version", "languages", "title", "participant_title", "instruction", "description", "raters", "construct", "parallel_form", "validated", "citation",
        "licence", "item_text_file", "scales", "items", "reverse_keyed", "subscales", "total", "cutoffs",
    ];

    private readonly string _source;
    private readonly string? _baseDirectory;
    private readonly List<InstrumentProblem> _problems = [];
    private string[] _languages = [];

    public DefinitionReader(string source, string? baseDirectory)
    {
        _source = source;
        _baseDirectory = baseDirectory;
    }

    public IReadOnlyList<InstrumentProblem> Problems => _problems;

    public Instrument? Read(JsonElement root, string hash)
    {
        if (!CheckObject(root, "$", RootProperties))
        {
            return null;
        }
        var id = ReadString(root, "id", "$", required: true, IdPattern(), Hint("slug"));
        var version = ReadString(root, "version", "$", required: true, SemVerPattern(), Hint("version"));
        _languages = ReadLanguages(root);
        var title = ReadText(root, "title", "$", required: true);
        var participantTitle = ReadText(root, "participant_title", "$", required: false);
        var instruction = ReadText(root, "instruction", "$", required: false);
        var description = ReadText(root, "description", "$", required: true);
        var raters = ReadRaters(root);
        var (construct, parallelForm) = ReadPairing(root, id, raters);
        var validated = ReadBool(root, "validated", "$", required: true);
        var citation = ReadString(root, "citation", "$", required: true);
        var licence = ReadString(root, "licence", "$", required: true);
        var textFile = ReadItemTextFile(root);

        var scales = ReadScales(root);
        var items = ReadItems(root, scales, textFromFile: root.TryGetProperty("item_text_file", out _));
        var reversed = ReadReverseKeys(root, items);
        var subscales = ReadSubscales(root, items);
        var total = ReadTotal(root, items);
        if (!root.TryGetProperty("subscales", out _) && !root.TryGetProperty("total", out _))
        {
            Problem("$", "score.nothing");
        }
        var scoreIds = subscales.Select(s => s.Id).Concat(total is null ? [] : ["total"]).ToHashSet(StringComparer.Ordinal);
        var cutoffs = ReadCutoffs(root, scoreIds);
        var texts = textFile is null ? null : ItemTextFile.Read(textFile, _baseDirectory, items.Select(i => i.Id), _source, _problems);

        if (_problems.Count > 0)
        {
            return null;
        }
        var header = new InstrumentHeader
        {
            Id = id!, Version = version!, Languages = _languages, Title = title!, ParticipantTitle = participantTitle, Instruction = instruction,
            Description = description!,
            Raters = raters, Construct = construct, ParallelForm = parallelForm, Citation = citation!, Licence = licence!, Validated = validated!.Value,
            ItemTextFile = textFile, ContentHash = hash,
        };
        return Build(header, scales, items, reversed, subscales, total, cutoffs, texts);
    }

    private static Instrument Build(InstrumentHeader header, Dictionary<string, ResponseScale> scales, List<ItemDraft> drafts,
        HashSet<string> reversed, List<SubscaleDraft> subscaleDrafts, SubscaleDraft? totalDraft, List<Cutoff> cutoffs,
        Dictionary<string, LocalizedText>? texts)
    {
        var items = new List<Item>(drafts.Count);
        foreach (var d in drafts)
        {
            var number = items.Count + 1;
            var text = d.Text;
            var installed = true;
            if (header.ItemTextFile is not null)
            {
                installed = texts is not null && texts.TryGetValue(d.Id, out text);
                text = installed ? text : LocalizedText.Same($"Item {number}", header.Languages);
            }
            items.Add(new Item(d.Id, number, text!, installed, d.Required, scales[d.ScaleId], reversed.Contains(d.Id)));
        }
        var byId = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Subscale ToSubscale(SubscaleDraft s, bool isTotal) =>
            new(s.Id, s.Title, [.. (s.ItemIds ?? drafts.Select(d => d.Id).ToList()).Select(i => byId[i])], s.Rule, s.Missing, isTotal);
        var subscales = subscaleDrafts.Select(s => ToSubscale(s, false)).ToList();
        var total = totalDraft is null ? null : ToSubscale(totalDraft, true);
        return new Instrument(header, [.. scales.Values], items, subscales, total, cutoffs);
    }

    private string[] ReadLanguages(JsonElement root)
    {
        var list = ReadStringArray(root, "languages", "$", required: true, LanguagePattern(), Hint("language"));
        if (list is { Count: 0 })
        {
            Problem("$.languages", "languages.none");
        }
        return [.. list ?? []];
    }

    private List<RaterRole> ReadRaters(JsonElement root)
    {
        var roles = new List<RaterRole>();
        var list = ReadStringArray(root, "raters", "$", required: true, null, null);
        if (list is { Count: 0 })
        {
            Problem("$.raters", "raters.none");
        }
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            if (RaterRoleNames.TryParse(list![i], out var role))
            {
                roles.Add(role);
            }
            else
            {
                Problem($"$.raters[{i}]", "raters.unknown", list[i]);
            }
        }
        return roles;
    }

    private string? ReadItemTextFile(JsonElement root)
    {
        var file = ReadString(root, "item_text_file", "$", required: false);
        if (file is not null && (file.Length == 0 || Path.IsPathRooted(file)))
        {
            Problem("$.item_text_file", "itemTextFile.path", file);
            return null;
        }
        return file;
    }

    /// <summary>Records problem <paramref name="code"/> (a <see cref="ProblemText"/> key) at <paramref name="path"/>.</summary>
    private void Problem(string path, string code, params object?[] arguments) => _problems.Add(ProblemText.Create(_source, path, code, arguments));

    /// <summary>What a value with a pattern should look like, for "expected …".</summary>
    private static ProblemTerm Hint(string kind) => new("hint." + kind, []);

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemVerPattern();

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z]{2})?$")]
    private static partial Regex LanguagePattern();

    private sealed record ItemDraft(string Id, LocalizedText? Text, bool Required, string ScaleId);

    private sealed record SubscaleDraft(string Id, LocalizedText Title, List<string>? ItemIds, ScoringRule Rule, MissingItemRule Missing);
}
