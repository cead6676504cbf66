using Alliance.Data.Mail;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Mail;

/// <summary>The mail queue, its transport (SMTP when <c>Mail:Host</c> is set, else the outbox) and its worker.</summary>
internal static class MailServices
{
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration("Mail");
        services.AddSingleton<MailQueue>();
        services.AddSingleton<MailSignal>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
            ? new SmtpTransport(sp.GetRequiredService<IOptions<MailOptions>>())
            : new OutboxTransport(sp.GetRequiredService<IOptions<MailOptions>>()));
        services.AddHostedService<MailWorker>();
        return services;
    }
}
