namespace Alliance.Cli.Tests.ExampleData;

/// <summary>The repository's top-level <c>data/</c> folder, found from the test's output directory.</summary>
internal static class RepositoryData
{
    public static string Root { get; } = Find();

    public static string File(string name) => Path.Combine(Root, "data", name);

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!System.IO.File.Exists(Path.Combine(dir!.FullName, "Alliance.sln")))
        {
            dir = dir.Parent;
        }
        return dir.FullName;
    }
}
