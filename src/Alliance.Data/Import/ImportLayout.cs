namespace Alliance.Data.Import;

/// <summary>CSV layouts the importer reads (the same as the export's long and wide layouts).</summary>
public enum ImportLayout
{
    /// <summary>One row per item answer: <c>item</c> and <c>value</c> columns.</summary>
#pragma warning disable CA1720 // "long" is the layout's name in the field (long vs wide data), not the C# type
    Long,
#pragma warning restore CA1720

    /// <summary>One row per response: one column per item id.</summary>
    Wide,
}
