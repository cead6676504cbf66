namespace LargeStudyBench;

/// <summary>
/// One run of the CLI: wall time, time to the first byte it printed, peak RSS, exit code (null when stopped at the time
/// limit), bytes and lines printed, and its standard error.
/// </summary>
internal sealed record ChildRun(double Seconds, double? FirstByteSeconds, long PeakKb, int? ExitCode, long Bytes, long Lines, string Error);
