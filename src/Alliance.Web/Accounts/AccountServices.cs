namespace Alliance.Web.Accounts;

/// <summary>Registers what reaching and protecting accounts needs: two-factor keys and checks, the sign-in challenge, account mail.</summary>
internal static class AccountServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddSingleton<TwoFactorKeys>();
        services.AddSingleton<SecondFactorChallenge>();
        services.AddScoped<SecondFactorCheck>();
        services.AddScoped<AccountMail>();
        return services;
    }
}
