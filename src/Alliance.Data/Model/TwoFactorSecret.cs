namespace Alliance.Data.Model;

/// <summary>
/// An account's TOTP secret (<see cref="Accounts.Totp"/>), encrypted by the web host with the data-protection key
/// ring before it is stored, so a database dump does not hold it. Two-factor sign-in is on once
/// <see cref="ConfirmedAt"/> is set (a code from the app was entered); before that the row is an enrolment in
/// progress. <see cref="LastUsedStep"/> is the time step of the last code accepted: no code of it or an earlier step
/// is accepted again.
/// </summary>
public sealed class TwoFactorSecret
{
    public Guid AccountId { get; set; }

    public required string ProtectedSecret { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public long? LastUsedStep { get; set; }
}
