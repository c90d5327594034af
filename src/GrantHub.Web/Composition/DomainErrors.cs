using GrantHub.Core;
using GrantHub.Web.Features.Shared;
using GrantHub.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Composition;

public static class DomainErrors
{
    public static string Localize(this DomainException ex, IStringLocalizer l) =>
        l[ex.MessageKey, ex.Args.Select(a => a is Enum e ? l[EnumLabels.Of(e)].Value : a).ToArray()];

    /// <summary>Shows a rule's refusal beside the form, so nothing typed is lost.</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, DomainException ex, IStringLocalizer l) =>
        modelState.AddModelError("", ex.Localize(l));
}

/// <summary>
/// The safety net for refusals a controller did not handle itself: a rule's message or a lost concurrency race goes
/// back to the page the person came from as a readable message, never a 500.
/// </summary>
public sealed class DomainExceptionFilter(IStringLocalizer<SharedResource> l, ITempDataDictionaryFactory tempData) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        var message = context.Exception switch
        {
            DomainException d => d.Localize(l),
            DbUpdateConcurrencyException => l["Someone else changed this record. Reload the page and try again."].Value,
            _ => null,
        };
        if (message is null) return;

        var http = context.HttpContext;
        var referer = http.Request.Headers.Referer.ToString();
        var back = Uri.TryCreate(referer, UriKind.Absolute, out var uri) && uri.Host == http.Request.Host.Host
            ? uri.PathAndQuery : "/";
        tempData.GetTempData(http).FlashError(message);
        context.Result = new RedirectResult(back);
        context.ExceptionHandled = true;
    }
}
