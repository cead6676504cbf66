namespace Alliance.Plots.Rendering;

internal static class FiniteValues
{
    /// <summary>The usable values (see <see cref="DataExtent.IsUsable"/>), sorted ascending.</summary>
    public static double[] Sorted(IEnumerable<double> values)
    {
        var result = values.Where(DataExtent.IsUsable).ToArray();
        Array.Sort(result);
        return result;
    }
}
