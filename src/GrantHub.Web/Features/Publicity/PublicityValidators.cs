using System.Text.RegularExpressions;
using FluentValidation;
using GrantHub.Core.Judging;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Publicity;

public sealed partial class ObjectionFormValidator : AbstractValidator<ObjectionForm>
{
    [GeneratedRegex(@"^(\+?[0-9][0-9 \-]{5,19}|[^@\s]+@[^@\s]+\.[^@\s]+)$")]
    private static partial Regex PhoneOrEmail();

    public ObjectionFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.ApplicationId).NotNull().WithMessage(_ => l["Choose the project the objection is about."]);
        RuleFor(m => m.Name).NotEmpty().MaximumLength(Objection.NameMaxLength).WithName(_ => l["Your name"]);
        RuleFor(m => m.Contact).NotEmpty().MaximumLength(Objection.ContactMaxLength).WithName(_ => l["Phone or e-mail"]);
        RuleFor(m => m.Contact).Must(c => c is null || PhoneOrEmail().IsMatch(c.Trim()))
            .When(m => !string.IsNullOrWhiteSpace(m.Contact))
            .WithMessage(_ => l["Give a phone number or an e-mail address where the officer can reach you."]);
        RuleFor(m => m.Text).NotEmpty().MaximumLength(Objection.TextMaxLength).WithName(_ => l["Objection"]);
    }
}

public sealed class ResolveFormValidator : AbstractValidator<ResolveForm>
{
    public ResolveFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Resolution).Must(r => r is "upheld" or "dismissed").WithMessage(_ => l["Choose: upheld or dismissed."]);
        RuleFor(m => m.Note).NotEmpty().WithMessage(_ => l["Write a note that explains the resolution."])
            .MaximumLength(Objection.NoteMaxLength).WithName(_ => l["Note"]);
    }
}
