using Microsoft.EntityFrameworkCore.Design;

namespace Alliance.Data;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the model without a server: the connection string is never opened
/// for that command (<c>ConnectionStrings__Alliance</c> is used when set, for <c>dotnet ef database update</c>).
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AllianceDbContext>
{
    public AllianceDbContext CreateDbContext(string[] args) =>
        AllianceDbContext.Open(Environment.GetEnvironmentVariable(Embedded.AllianceConnection.Variable)
            ?? "Host=127.0.0.1;Database=alliance;Username=alliance");
}
