namespace Alliance.Data.Instruments;

/// <summary>How far a study instrument version has gone into the study (<see cref="StudyInstrumentStore.UseAsync"/>).</summary>
public enum StudyInstrumentUse
{
    /// <summary>Not on the schedule: editable and deletable.</summary>
    Draft,

    /// <summary>On the schedule (frozen into <c>instrument_versions</c>) but no link issued: editable, not deletable.</summary>
    Scheduled,

    /// <summary>An issued link uses it: frozen for good; changes go into a new version.</summary>
    Issued,
}
