using Alliance.Analysis.Mixed;

namespace Alliance.Analysis.Multilevel;

/// <summary>The Baldwin–Wampold–Imel model: <see cref="Patient"/> is γ10 (within-therapist, patient part), <see cref="Therapist"/> is γ01 (therapist means).</summary>
public sealed record BaldwinWampoldImelResult(MixedModelFit Fit, FixedEffect Patient, FixedEffect Therapist);
