namespace Alliance.Web.Hosting;

/// <summary>
/// Reads a setting that holds several values, given either as entries (<c>Name:0</c>, <c>Name:1</c>; in the
/// environment <c>Name__0</c>) or as one value separated by commas, semicolons or spaces, or both.
/// </summary>
internal static class SettingList
{
    public static IReadOnlyList<string> Read(IConfiguration configuration, string key)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(key);
        return section.GetChildren().Select(c => c.Value).Append(section.Value)
            .Where(v => !string.IsNullOrWhiteSpace(v))
            .SelectMany(v => v!.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }
}
