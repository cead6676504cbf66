namespace Alliance.Data.Lifecycle;

/// <summary>
/// A write the study's state (or the dyad's end) does not allow: issuing links in a locked study, changing an archived
/// one, recording sessions of an ended dyad. Nothing was stored. The workspace answers it with 409 and says why.
/// </summary>
public sealed class LifecycleRefusal : InvalidOperationException
{
    public LifecycleRefusal()
    {
    }

    public LifecycleRefusal(string message) : base(message)
    {
    }

    public LifecycleRefusal(string message, Exception inner) : base(message, inner)
    {
    }
}
