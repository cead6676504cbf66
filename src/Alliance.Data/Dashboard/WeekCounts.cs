namespace Alliance.Data.Dashboard;

/// <summary>
/// The forms of one study week: week 1 starts on the earliest session day (held-on date, else the link's creation
/// date) of the visible dyads; due = submitted + overdue + expired.
/// </summary>
public sealed record WeekCounts(int Week, int Due, int Submitted);
