using Microsoft.EntityFrameworkCore.Storage;

namespace Alliance.Web.Outages;

/// <summary>
/// EF Core's execution strategy for the web's database context: a query or <c>SaveChanges</c> that fails because the
/// connection was lost (<see cref="DatabaseOutage"/>) runs again on a fresh connection, the pools cleared first, so
/// the first request after PostgreSQL restarted does not fail on a dead pooled connection. Inside a transaction the
/// code opened itself nothing is retried (the transaction is gone with its connection; the request fails with a 503
/// and the user tries again), which is also what lets those transactions run under this strategy at all: EF Core's
/// own retrying strategies refuse user-opened transactions unless every one is wrapped in the strategy.
/// <para>
/// The one case a retry cannot tell apart: a <c>SaveChanges</c> whose commit reached the server but whose answer was
/// lost with the connection runs twice. EF Core's retrying strategies share this; the participant submission does not
/// go through here (it is idempotent by its key, see <see cref="ConnectionRetry"/>).
/// </para>
/// </summary>
internal sealed class OutageExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : ExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(1))
{
    private const int MaxRetries = 4;

    public override bool RetriesOnFailure => base.RetriesOnFailure && !InTransaction;

    private bool InTransaction => Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;

    protected override bool ShouldRetryOn(Exception exception)
    {
        if (InTransaction || !DatabaseOutage.Is(exception))
        {
            return false;
        }
        DatabaseOutage.ClearPools();
        return true;
    }
}
