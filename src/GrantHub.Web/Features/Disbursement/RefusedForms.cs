using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace GrantHub.Web.Features.Disbursement;

/// <summary>
/// The forms of this feature live on other pages (the project page, the finance desk), so a refused one cannot be
/// re-rendered by the action that refused it: it is carried to the next page in TempData, like a flash message, and
/// the row it belongs to shows it again with what was typed and why.
/// </summary>
internal static class RefusedForms
{
    private const string Key = "disbursement-refused";

    public static void Keep(ITempDataDictionary tempData, RefusedForm form) => tempData[Key] = JsonSerializer.Serialize(form);

    /// <summary>The refused form, if any; every block of the page may read it (TempData keeps it for this request).</summary>
    public static RefusedForm? Read(ITempDataDictionary tempData) =>
        tempData[Key] is string json ? JsonSerializer.Deserialize<RefusedForm>(json) : null;
}
