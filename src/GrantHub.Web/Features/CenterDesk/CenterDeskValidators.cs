using FluentValidation;
using GrantHub.Core;
using GrantHub.Core.Incubation;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.CenterDesk;

public sealed class AdmitFormValidator : AbstractValidator<AdmitForm>
{
    public AdmitFormValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleFor(m => m.StartsOn).Required(l).WithName(_ => l["Start date"])
            .Must(d => d is null || Math.Abs(d.Value.DayNumber - ChinaTime.Today(clock).DayNumber) <= 366)
            .WithMessage(_ => l["Choose a start date within a year of today."]);
        RuleFor(m => m.TermMonths).Required(l).InclusiveBetween(Residency.MinTermMonths, Residency.MaxTermMonths).WithName(_ => l["Term (months)"]);
        RuleFor(m => m.Placement).IsInEnum().WithName(_ => l["Placement"]);
    }
}

public sealed class RejectFormValidator : AbstractValidator<RejectForm>
{
    public RejectFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Reason).NotEmpty().MaximumLength(1000).WithName(_ => l["Reason"]);
    }
}

public sealed class ServiceFormValidator : AbstractValidator<ServiceForm>
{
    public const decimal MaxSubsidyYuan = 1_000_000m;

    public ServiceFormValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleFor(m => m.Type).IsInEnum().WithName(_ => l["Service"]);
        RuleFor(m => m.On).NotInTheFuture(l, clock).WithName(_ => l["Date"]);
        RuleFor(m => m.Hours).Required(l).InclusiveBetween(0m, 24m).WithName(_ => l["Hours"])
            .Must(h => h is null || h * 2 == decimal.Truncate(h.Value * 2)).WithMessage(_ => l["Enter the hours in half hours, e.g. 1.5."]);
        RuleFor(m => m.Topic).NotEmpty().MaximumLength(200).WithName(_ => l["Topic"]);
        RuleFor(m => m.Attendees).Required(l).InclusiveBetween(0, 100_000).WithName(_ => l["Attendees"]);
        When(m => m.Type == ServiceType.ActivitySubsidy, () =>
        {
            RuleFor(m => m.Amount).NotNull().WithMessage(_ => l["Enter the amount of the activity subsidy."])
                .GreaterThan(0m).LessThanOrEqualTo(MaxSubsidyYuan).WithName(_ => l["Amount (yuan)"])
                .Must(a => a is null || a * 100 == decimal.Truncate(a.Value * 100)).WithMessage(_ => l["An amount has at most two decimals (fen)."]);
        }).Otherwise(() =>
        {
            RuleFor(m => m.Amount).Must(a => a is null or 0m).WithMessage(_ => l["Only an activity subsidy has an amount."]);
        });
    }
}

public sealed class AssessmentFormValidator : AbstractValidator<AssessmentForm>
{
    public AssessmentFormValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleFor(m => m.Kind).IsInEnum().WithName(_ => l["Kind"]);
        RuleFor(m => m.On).NotInTheFuture(l, clock).WithName(_ => l["Date"]);
        RuleFor(m => m.Governance).Required(l).InclusiveBetween(0, Assessment.MaxPerDimension).WithName(_ => l["Governance and structure"]);
        RuleFor(m => m.Team).Required(l).InclusiveBetween(0, Assessment.MaxPerDimension).WithName(_ => l["Team capacity"]);
        RuleFor(m => m.Finance).Required(l).InclusiveBetween(0, Assessment.MaxPerDimension).WithName(_ => l["Financial management"]);
        RuleFor(m => m.ProjectOperation).Required(l).InclusiveBetween(0, Assessment.MaxPerDimension).WithName(_ => l["Project operation"]);
        RuleFor(m => m.Comment).MaximumLength(2000).WithName(_ => l["Comment"]);
    }
}

public sealed class GraduateFormValidator : AbstractValidator<GraduateForm>
{
    public GraduateFormValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleFor(m => m.On).NotInTheFuture(l, clock).WithName(_ => l["Date"]);
    }
}

public sealed class ExitFormValidator : AbstractValidator<ExitForm>
{
    public ExitFormValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleFor(m => m.On).NotInTheFuture(l, clock).WithName(_ => l["Date"]);
        RuleFor(m => m.Reason).NotEmpty().MaximumLength(1000).WithName(_ => l["Reason"]);
    }
}

internal static class DateRules
{
    /// <summary>A value must be given: FluentValidation's own "must not be null" wording reads badly in Chinese.</summary>
    public static IRuleBuilderOptions<T, TProperty?> Required<T, TProperty>(this IRuleBuilder<T, TProperty?> rule, IStringLocalizer l)
        where TProperty : struct =>
        rule.NotNull().WithMessage(_ => l["Fill in this field."]);

    /// <summary>What happened is recorded on or after the day it happened, in China time: a date is required and not in the future.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> NotInTheFuture<T>(this IRuleBuilder<T, DateOnly?> rule, IStringLocalizer l, TimeProvider clock) =>
        rule.Required(l).Must(d => d is null || (d <= ChinaTime.Today(clock) && d.Value.Year >= 2000)).WithMessage(_ => l["Enter a date that is not in the future."]);
}
