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

    /// <summary>The same for a form bound with a prefix (several forms on one page): errors land on "Prefix.Property".</summary>
    public static bool CopyTo(this ValidationResult result, ModelStateDictionary modelState, string prefix)
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(string.IsNullOrEmpty(error.PropertyName) ? "" : $"{prefix}.{error.PropertyName}", error.ErrorMessage);
        return result.IsValid;
    }

    public static void CopyTo(this IdentityResult result, ModelStateDictionary modelState, string key = "")
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(key, error.Description);
    }
}
