using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GrantHub.Web.Composition;

public static class ValidationResultExtensions
{
    /// <summary>Copies FluentValidation's errors into ModelState so the form shows them beside each field.</summary>
    public static bool CopyTo(this ValidationResult result, ModelStateDictionary modelState)
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(error.PropertyName, error.ErrorMessage);
        return result.IsValid;
    }

    public static void CopyTo(this IdentityResult result, ModelStateDictionary modelState, string key = "")
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(key, error.Description);
    }
}
