namespace Alliance.Web.Workspace.Wording;

/// <summary>One piece of workspace wording: its key, English and German. Placeholders are <c>{0}</c>, <c>{1}</c>, … in both.</summary>
internal sealed record Entry(string Key, string En, string De);
