namespace Alliance.Data.Export;

/// <summary>CSV layouts of a study export.</summary>
public enum ExportFormat
{
    /// <summary>One row per item answer (skipped items have an empty value).</summary>
#pragma warning disable CA1720 // "long" is the layout's name in the field (long vs wide data), not the C# type
    Long,
#pragma warning restore CA1720

    /// <summary>One row per response: item columns, then <c>&lt;instrument&gt;_&lt;score&gt;</c> score columns.</summary>
    Wide,

    /// <summary>
    /// One row per dyad, session and construct: client and therapist scores side by side, with their discrepancy where
    /// the two forms are declared parallel forms.
    /// </summary>
    Dyadic,
}
