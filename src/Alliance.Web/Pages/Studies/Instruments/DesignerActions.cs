using System.Globalization;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>
/// The designer's add, remove and move buttons, which work without JavaScript: each is a submit button named
/// <c>act</c> whose value says what to do (<c>add-item</c>, <c>remove-item-3</c>, <c>up-item-3</c>,
/// <c>add-anchor-0</c>, <c>remove-anchor-0-2</c> …); the page applies it to the posted form and shows it again,
/// nothing stored until Save.
/// </summary>
public static class DesignerActions
{
    /// <summary>Applies <paramref name="act"/>; false when it names no action (or an index out of range).</summary>
    public static bool Apply(DesignerInput input, string act)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(act);
        var parts = act.Split('-');
        var numbers = parts.Skip(2).Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        return (parts[0], parts.Length > 1 ? parts[1] : "", numbers) switch
        {
            ("add", "item", []) => Add(input.Items, NewItem(input)),
            ("add", "scale", []) => Add(input.Scales, new DesignerScale { Id = Free(input.Scales.Select(s => s.Id), "scale"), Type = "numeric", Min = "0", Max = "10" }),
            ("add", "anchor", [var s]) when s < input.Scales.Count => Add(input.Scales[s].Anchors, new DesignerAnchor()),
            ("add", "subscale", []) => Add(input.Subscales, new DesignerScore { Id = Free(input.Subscales.Select(x => x.Id), "sub") }),
            ("add", "cutoff", []) => Add(input.Cutoffs, new DesignerCutoff { Id = Free(input.Cutoffs.Select(c => c.Id), "alert") }),
            ("remove", "item", [var i]) => Remove(input.Items, i),
            ("remove", "scale", [var i]) => Remove(input.Scales, i),
            ("remove", "anchor", [var s, var a]) when s >= 0 && s < input.Scales.Count => Remove(input.Scales[s].Anchors, a),
            ("remove", "subscale", [var i]) => Remove(input.Subscales, i),
            ("remove", "cutoff", [var i]) => Remove(input.Cutoffs, i),
            ("up", "item", [var i]) => Swap(input.Items, i - 1, i),
            ("down", "item", [var i]) => Swap(input.Items, i, i + 1),
            ("up", "subscale", [var i]) => Swap(input.Subscales, i - 1, i),
            ("down", "subscale", [var i]) => Swap(input.Subscales, i, i + 1),
            _ => false,
        };
    }

    private static DesignerItem NewItem(DesignerInput input) => new()
    {
        Id = Free(input.Items.Select(i => i.Id), "q"),
        Scale = input.Items.LastOrDefault()?.Scale ?? input.Scales.FirstOrDefault()?.Id ?? "",
    };

    /// <summary><paramref name="prefix"/> and the first number from 1 that no id in <paramref name="taken"/> has.</summary>
    private static string Free(IEnumerable<string> taken, string prefix)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        var n = 1;
        while (used.Contains(prefix + n.ToString(CultureInfo.InvariantCulture)))
        {
            n++;
        }
        return prefix + n.ToString(CultureInfo.InvariantCulture);
    }

    private static bool Add<T>(List<T> list, T value)
    {
        list.Add(value);
        return true;
    }

    private static bool Remove<T>(List<T> list, int index)
    {
        if (index < 0 || index >= list.Count)
        {
            return false;
        }
        list.RemoveAt(index);
        return true;
    }

    private static bool Swap<T>(List<T> list, int a, int b)
    {
        if (a < 0 || b >= list.Count)
        {
            return false;
        }
        (list[a], list[b]) = (list[b], list[a]);
        return true;
    }
}
