namespace Alliance.Data.Invitations;

/// <summary>
/// One refused link-window setting: the field at fault (<see cref="LinkWindow.OpeningOffsetField"/> or
/// <see cref="LinkWindow.WindowField"/>) and a message that names it and says what is allowed.
/// </summary>
public sealed record LinkWindowError(string Field, string Message);
