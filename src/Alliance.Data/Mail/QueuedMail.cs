namespace Alliance.Data.Mail;

/// <summary>A message claimed for sending: its id (stable across attempts; use it as the Message-Id), and which attempt this is.</summary>
public sealed record QueuedMail(Guid MessageId, long? StudyId, int Attempt, DateTimeOffset CreatedAt, OutgoingMail Message);
