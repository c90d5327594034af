using Microsoft.Extensions.Options;

namespace GrantHub.Web.Email;

public static class EmailSetup
{
    public static void AddGrantHubEmail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<EmailOptions>(builder.Configuration.GetSection("Email"));
        builder.Services.AddScoped<OutboxRelay>();
        builder.Services.AddScoped<MailComposer>();
        builder.Services.AddSingleton<SmtpMailTransport>();
        builder.Services.AddSingleton<PickupFolderMailTransport>();
        builder.Services.AddSingleton<IMailTransport>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.Smtp.Host)
                ? sp.GetRequiredService<PickupFolderMailTransport>()
                : sp.GetRequiredService<SmtpMailTransport>());
    }
}
