namespace Alliance.Data.Export;

/// <summary>The export cannot run (e.g. the study does not exist).</summary>
public sealed class StudyExportException : Exception
{
    public StudyExportException(string message) : base(message) { }

    public StudyExportException(string message, Exception inner) : base(message, inner) { }

    public StudyExportException() { }
}
