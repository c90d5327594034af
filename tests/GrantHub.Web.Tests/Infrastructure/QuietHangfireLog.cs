using Hangfire;
using Hangfire.Logging;
using Microsoft.Extensions.DependencyInjection;

namespace GrantHub.Web.Tests.Infrastructure;

/// <summary>
/// Hangfire keeps one log provider for the whole process (a static), and Hangfire.AspNetCore points it at the
/// LoggerFactory of the last host that resolved <see cref="IGlobalConfiguration"/>. With several test hosts in one
/// process, a host that starts after another was disposed then fails in its InMemoryStorage constructor
/// ("Cannot access a disposed object: LoggerFactory"). Test hosts therefore give Hangfire a provider that lives as
/// long as the process and logs nothing. Production runs one host per process and keeps Hangfire's usual logging.
/// </summary>
internal sealed class QuietHangfireLog : ILogProvider, ILog
{
    public static readonly QuietHangfireLog Instance = new();

    public ILog GetLogger(string name) => this;

    public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;

    /// <summary>Sets the quiet provider now, and again each time a test host configures Hangfire.</summary>
    public static void Apply(IServiceCollection services)
    {
        LogProvider.SetCurrentLogProvider(Instance);
        var original = services.LastOrDefault(d => d.ServiceType == typeof(IGlobalConfiguration));
        if (original?.ImplementationFactory is not { } factory) return;
        services.Remove(original);
        services.AddSingleton<IGlobalConfiguration>(sp =>
        {
            var configuration = (IGlobalConfiguration)factory(sp);
            configuration.UseLogProvider(Instance);
            return configuration;
        });
    }
}
