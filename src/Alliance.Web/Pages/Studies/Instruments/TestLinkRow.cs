using Alliance.Data.Model;

namespace Alliance.Web.Pages.Studies.Instruments;

/// <summary>A test link on the instruments page: its form, whether it still takes answers, and each answer with its scores.</summary>
internal sealed record TestLinkRow(TestLink Link, bool Expired, IReadOnlyList<Alliance.Instruments.Item> Items, IReadOnlyList<TestAnswerRow> Answers);
