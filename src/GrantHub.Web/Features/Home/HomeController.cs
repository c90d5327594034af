using Microsoft.AspNetCore.Mvc;

namespace GrantHub.Web.Features.Home;

public sealed class HomeController : Controller
{
    [HttpGet("/")]
    public IActionResult Index() => View();

    /// <summary>
    /// Re-executed by the status-code pages and the exception handler with the failed request's method, so it answers
    /// every method (a POST that failed must not turn into a 405), and has no antiforgery check of its own.
    /// </summary>
    [Route("/error/{status:int?}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Error(int? status)
    {
        // No status: the exception handler re-ran this after a crash. A status that is no error (typed by hand): not found.
        Response.StatusCode = status switch { null => 500, >= 400 and < 600 => status.Value, _ => 404 };
        return View("Error", Response.StatusCode);
    }
}
