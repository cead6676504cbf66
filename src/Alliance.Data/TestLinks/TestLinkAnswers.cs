using Alliance.Data.Model;

namespace Alliance.Data.TestLinks;

/// <summary>A test link with the answers sent through it, in the order sent.</summary>
public sealed record TestLinkAnswers(TestLink Link, IReadOnlyList<TestAnswer> Answers);
