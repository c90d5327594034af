using FluentValidation;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Screening;

public sealed class ScreeningFormValidator : AbstractValidator<ScreeningForm>
{
    public ScreeningFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Decision).Must(d => d is ScreeningForm.Pass or ScreeningForm.Fail)
            .WithMessage(_ => l["Choose: eligible or not eligible."]);
        RuleFor(m => m.Reason).MaximumLength(1000).WithName(_ => l["Reason"]);
        When(m => m.Decision == ScreeningForm.Fail, () =>
            RuleFor(m => m.Reason).NotEmpty().WithMessage(_ => l["Give the organization the reason it is not eligible."]));
        When(m => m.Passes, () =>
            RuleFor(m => m).Must(m => m.DocumentsAuthentic && m.NoPenalties && m.IndependentAccount)
                .WithName("Checklist").OverridePropertyName("Checklist")
                .WithMessage(_ => l["To pass the application, confirm every item of the checklist."]));
    }
}
