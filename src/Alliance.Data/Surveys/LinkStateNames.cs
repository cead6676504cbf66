namespace Alliance.Data.Surveys;

/// <summary>The one spelling of <see cref="LinkState"/> outside the code, as the JSON API and the pages' wording keys use it.</summary>
public static class LinkStateNames
{
    /// <summary>The snake_case name of <paramref name="state"/>.</summary>
    public static string Name(this LinkState state) => state switch
    {
        LinkState.Open => "open",
        LinkState.NotOpen => "not_open",
        LinkState.Submitted => "submitted",
        LinkState.Expired => "expired",
        LinkState.Withdrawn => "withdrawn",
        LinkState.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "not a link state"),
    };
}
