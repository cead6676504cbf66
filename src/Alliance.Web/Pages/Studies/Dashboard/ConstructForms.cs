namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// The forms of one construct shown together: a client form and a therapist form only when they are declared
/// parallel forms on the same scale (<see cref="Alliance.Instruments.ParallelForms.AreDeclaredPair"/>); a form without
/// such a partner stands alone (the other side null), never beside another construct's form.
/// </summary>
public sealed record ConstructForms(string Construct, DashboardForm? Client, DashboardForm? Therapist)
{
    /// <summary>The client form, then the therapist form, of those present.</summary>
    public IEnumerable<DashboardForm> Forms => new[] { Client, Therapist }.OfType<DashboardForm>();

    /// <summary>True for a declared pair: both sides present.</summary>
    public bool Paired => Client is not null && Therapist is not null;
}
