using FluentValidation;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Ledgers;

public sealed class GenerateLedgerFormValidator : AbstractValidator<GenerateLedgerForm>
{
    public GenerateLedgerFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Kind).NotNull().WithMessage(_ => l["Choose one of the ledgers."]).IsInEnum().WithMessage(_ => l["Choose one of the ledgers."]);
        RuleFor(m => m.Year).InclusiveBetween(2000, 2100).When(m => m.Year is not null)
            .WithMessage(_ => l["Choose a year between {0} and {1}.", 2000, 2100]);
    }
}
