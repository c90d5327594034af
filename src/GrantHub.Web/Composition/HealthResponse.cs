using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GrantHub.Web.Composition;

/// <summary>/health answers with each check's status as JSON, so a load balancer and a person can both read it.</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        }));
    }
}
