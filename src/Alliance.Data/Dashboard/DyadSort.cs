namespace Alliance.Data.Dashboard;

/// <summary>
/// The order of the dashboard's by-dyad table (<c>?sort=</c>): by dyad code (the default), by therapist then dyad, by
/// completion rate (lowest first, dyads with nothing due last) or by overdue forms (most first); ties by dyad code.
/// </summary>
public enum DyadSort
{
    Dyad,
    Therapist,
    Rate,
    Overdue,
}
