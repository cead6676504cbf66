using Alliance.Data.Surveys;

namespace Alliance.Web.Surveys;

/// <summary>Registers the participant survey's services.</summary>
internal static class SurveyServices
{
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Survey").Get<SurveyOptions>() ?? new SurveyOptions();
        services.AddSingleton(options);
        services.AddSingleton<TokenGuessLimiter>();
        services.AddSingleton<FrozenInstruments>();
        services.AddScoped<SurveyLinks>();
        services.AddSingleton<SubmissionQueue>();
        services.AddScoped<ParticipantChoices>();
        return services;
    }
}
