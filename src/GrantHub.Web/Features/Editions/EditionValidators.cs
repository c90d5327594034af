using FluentValidation;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Editions;

/// <summary>The shape of each section's input; the edition's own rules (dates in order, cap within pool …) are the entity's.</summary>
internal static class EditionRuleBuilders
{
    public const int MaxRows = 20;

    public static IRuleBuilderOptions<T, TProperty?> Filled<T, TProperty>(this IRuleBuilder<T, TProperty?> rule, IStringLocalizer l)
        where TProperty : struct =>
        rule.NotNull().WithMessage(_ => l["Fill in this field."]);

    /// <summary>Yuan: above zero, at most two decimals (whole fen), and not absurdly large.</summary>
    public static IRuleBuilderOptions<T, decimal?> Yuan<T>(this IRuleBuilder<T, decimal?> rule, IStringLocalizer l) =>
        rule.Filled(l).GreaterThan(0m).LessThanOrEqualTo(1_000_000_000m)
            .Must(a => a is null || a * 100 == decimal.Truncate(a.Value * 100)).WithMessage(_ => l["An amount has at most two decimals (fen)."]);
}

public sealed class CreateEditionFormValidator : AbstractValidator<CreateEditionForm>
{
    public CreateEditionFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Name).NotEmpty().MaximumLength(100).WithName(_ => l["Name of the edition"]);
        RuleFor(m => m.Year).Filled(l).InclusiveBetween(2000, 2100).WithName(_ => l["Year"]);
        RuleFor(m => m.Organizer).NotEmpty().MaximumLength(100).WithName(_ => l["Organizer"]);
        RuleFor(m => m.OpensOn).Filled(l).WithName(_ => l["Applications open"]);
        RuleFor(m => m.ClosesOn).Filled(l).WithName(_ => l["Applications close"])
            .Must((m, closes) => m.OpensOn is null || closes is null || closes >= m.OpensOn)
            .WithMessage(_ => l["The closing date comes before the opening date."]);
    }
}

public sealed class BasicsFormValidator : AbstractValidator<BasicsForm>
{
    public BasicsFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Name).NotEmpty().MaximumLength(100).WithName(_ => l["Name of the edition"]);
        RuleFor(m => m.Year).Filled(l).InclusiveBetween(2000, 2100).WithName(_ => l["Year"]);
        RuleFor(m => m.Organizer).NotEmpty().MaximumLength(100).WithName(_ => l["Organizer"]);
        RuleFor(m => m.Call).MaximumLength(8000).WithName(_ => l["The call (申报指南)"]);
    }
}

public sealed class TimelineFormValidator : AbstractValidator<TimelineForm>
{
    public TimelineFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.OpensOn).Filled(l).WithName(_ => l["Applications open"]);
        RuleFor(m => m.ClosesOn).Filled(l).WithName(_ => l["Applications close"])
            .Must((m, closes) => m.OpensOn is null || closes is null || closes >= m.OpensOn)
            .WithMessage(_ => l["The closing date comes before the opening date."]);
        RuleFor(m => m.ReviewEndsOn).Filled(l).WithName(_ => l["Review ends"])
            .Must((m, ends) => m.ClosesOn is null || ends is null || ends >= m.ClosesOn)
            .WithMessage(_ => l["The review must end after applications close."]);
        RuleFor(m => m.PublicityDays).Filled(l).InclusiveBetween(1, 30).WithName(_ => l["Publicity days"]);
    }
}

public sealed class RulesFormValidator : AbstractValidator<RulesForm>
{
    public RulesFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Pool).Yuan(l).WithName(_ => l["Pool (yuan)"]);
        RuleFor(m => m.Cap).Yuan(l).WithName(_ => l["Cap per project (yuan)"])
            .Must((m, cap) => m.Pool is null || cap is null || cap <= m.Pool)
            .WithMessage(_ => l["The cap per project must be above zero and within the pool."]);
        RuleFor(m => m.MinMatchingPercent).Filled(l).InclusiveBetween(0, 500).WithName(_ => l["Matching funds (% of the fiscal funds)"]);
        RuleForEach(m => m.EligibleTypes).IsInEnum().WithName(_ => l["Eligible types"]);
        RuleFor(m => m.MinYearsRegistered).InclusiveBetween(0, 50).WithName(_ => l["Minimum years registered"]);
        RuleFor(m => m.MinGrade).IsInEnum().WithName(_ => l["Minimum evaluation grade"]);
    }
}

public sealed class ReviewFormValidator : AbstractValidator<ReviewForm>
{
    public ReviewFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.JudgesPerApplication).Filled(l).InclusiveBetween(1, 15).WithName(_ => l["Judges per application"]);
        RuleFor(m => m.Aggregation).IsInEnum().WithName(_ => l["How scores are combined"]);
        RuleFor(m => m.CommentBelowPercent).Filled(l).InclusiveBetween(0, 100).WithName(_ => l["Comment required below (% of a criterion's points)"]);
    }
}

public sealed class CategoriesFormValidator : AbstractValidator<CategoriesForm>
{
    public CategoriesFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Categories).NotEmpty().WithName(_ => l["Categories"])
            .Must((m, _) => m.Names().Count <= EditionRuleBuilders.MaxRows).WithMessage(_ => l["At most {0} categories.", EditionRuleBuilders.MaxRows])
            .Must((m, _) => m.Names().All(n => n.Length <= 50)).WithMessage(_ => l["A category's name has at most 50 characters."]);
    }
}

public sealed class RubricFormValidator : AbstractValidator<RubricForm>
{
    public RubricFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Rows).Must(rows => rows.Count(r => !r.IsBlank) <= EditionRuleBuilders.MaxRows)
            .WithMessage(_ => l["At most {0} rows.", EditionRuleBuilders.MaxRows]);
        RuleForEach(m => m.Rows).ChildRules(row =>
        {
            row.When(r => !r.IsBlank, () =>
            {
                row.RuleFor(r => r.Name).NotEmpty().MaximumLength(100).WithName(_ => l["Criterion"]);
                row.RuleFor(r => r.MaxPoints).Filled(l).InclusiveBetween(1, 100).WithName(_ => l["Points"]);
            });
        });
    }
}

public sealed class SecondRoundFormValidator : AbstractValidator<SecondRoundForm>
{
    public SecondRoundFormValidator(IStringLocalizer<SharedResource> l)
    {
        When(m => m.Enabled, () =>
        {
            RuleFor(m => m.WrittenRoundPercent).Filled(l).InclusiveBetween(0, 100).WithName(_ => l["Weight of the written round"]);
            RuleFor(m => m.JudgesPerApplication).Filled(l).InclusiveBetween(1, 15).WithName(_ => l["Judges per shortlisted application"]);
            RuleFor(m => m.Rows).Must(rows => rows.Count(r => !r.IsBlank) <= EditionRuleBuilders.MaxRows)
                .WithMessage(_ => l["At most {0} rows.", EditionRuleBuilders.MaxRows]);
            RuleForEach(m => m.Rows).ChildRules(row =>
            {
                row.When(r => !r.IsBlank, () =>
                {
                    row.RuleFor(r => r.Name).NotEmpty().MaximumLength(100).WithName(_ => l["Criterion"]);
                    row.RuleFor(r => r.MaxPoints).Filled(l).InclusiveBetween(1, 100).WithName(_ => l["Points"]);
                });
            });
        });
    }
}

public sealed class AwardsFormValidator : AbstractValidator<AwardsForm>
{
    public AwardsFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Rows).Must(rows => rows.Count(r => !r.IsBlank) <= EditionRuleBuilders.MaxRows)
            .WithMessage(_ => l["At most {0} rows.", EditionRuleBuilders.MaxRows]);
        RuleForEach(m => m.Rows).ChildRules(row =>
        {
            row.When(r => !r.IsBlank, () =>
            {
                row.RuleFor(r => r.Name).NotEmpty().MaximumLength(50).WithName(_ => l["Award"]);
                row.RuleFor(r => r.Amount).Yuan(l).WithName(_ => l["Amount (yuan)"]);
                row.RuleFor(r => r.Count).Filled(l).InclusiveBetween(1, 1000).WithName(_ => l["Number of prizes"]);
            });
        });
    }
}
