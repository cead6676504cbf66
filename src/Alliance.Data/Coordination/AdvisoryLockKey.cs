namespace Alliance.Data.Coordination;

/// <summary>
/// The PostgreSQL advisory lock of each piece of work that must run once however many web instances share a database
/// (docs/architecture.md, "Background work"). The values are arbitrary but fixed: every instance, of every version,
/// must take the same number for the same work. Add a member for new work; never reuse or renumber one.
/// </summary>
public enum AdvisoryLockKey : long
{
    /// <summary>Creating the data-protection key ring's first key (so instances starting together agree on one).</summary>
    KeyRing = 0x416C_6C69_0001,

    /// <summary>Seeding the demo study into an empty database on the first start.</summary>
    DemoSeed = 0x416C_6C69_0002,

    /// <summary>Applying migrations (web instances at start, <c>alliance db migrate</c>).</summary>
    Migrations = 0x416C_6C69_0003,

    /// <summary>Marking links expired once their expiry has passed (<c>Invitations/LinkExpiry</c>).</summary>
    LinkExpiry = 0x416C_6C69_0004,

    /// <summary>Queuing participants' invitation and reminder mail (<c>Mail/SessionMail</c>); issue #17's block of numbers.</summary>
    SessionMail = 0x416C_6C69_1701,
}
