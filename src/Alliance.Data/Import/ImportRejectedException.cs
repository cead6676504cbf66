namespace Alliance.Data.Import;

/// <summary>The import file was rejected and nothing was written; <see cref="Errors"/> lists every bad cell or row.</summary>
public sealed class ImportRejectedException : Exception
{
    public ImportRejectedException(string source, IReadOnlyList<ImportError> errors)
        : base($"{source}: {errors.Count} problem(s), nothing imported:\n"
            + string.Join("\n", errors.Take(MessageLimit).Select(e => $"{source}: {e}"))
            + (errors.Count > MessageLimit ? $"\n{source}: … and {errors.Count - MessageLimit} more" : ""))
    {
        Errors = errors;
    }

    /// <summary>How many problems the message lists (all are in <see cref="Errors"/>).</summary>
    public const int MessageLimit = 100;

    public ImportRejectedException() : this("input", []) { }

    public ImportRejectedException(string message) : base(message) => Errors = [];

    public ImportRejectedException(string message, Exception inner) : base(message, inner) => Errors = [];

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<ImportError> Errors { get; }
}
