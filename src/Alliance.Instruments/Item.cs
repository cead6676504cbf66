namespace Alliance.Instruments;

/// <summary>One question of an instrument.</summary>
public sealed class Item
{
    /// <summary>Creates an item; the loader resolves the scale and reverse key.</summary>
    public Item(string id, int number, LocalizedText text, bool textInstalled, bool required, ResponseScale scale, bool reversed)
    {
        Id = id;
        Number = number;
        Text = text;
        TextInstalled = textInstalled;
        Required = required;
        Scale = scale;
        Reversed = reversed;
    }

    /// <summary>Stable id; also the CSV column name for item-level data.</summary>
    public string Id { get; }

    /// <summary>1-based position in the form.</summary>
    public int Number { get; }

    /// <summary>
    /// The item wording; a neutral placeholder ("Item 3") when the wording is licensed and the
    /// licensee's item text file is not installed (see <see cref="TextInstalled"/>).
    /// </summary>
    public LocalizedText Text { get; }

    /// <summary>False when <see cref="Text"/> is a placeholder.</summary>
    public bool TextInstalled { get; }

    /// <summary>True when a participant must answer; false when the item may be skipped.</summary>
    public bool Required { get; }

    /// <summary>The accepted values.</summary>
    public ResponseScale Scale { get; }

    /// <summary>True when the item is reverse keyed (scored as Min + Max − x).</summary>
    public bool Reversed { get; }
}
