using FluentValidation;
using GrantHub.Core.Judging;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.Panel;

public sealed class InviteJudgeFormValidator : AbstractValidator<InviteJudgeForm>
{
    public InviteJudgeFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Email).NotEmpty().EmailAddress().MaximumLength(256).WithName(_ => l["E-mail"]);
        RuleFor(m => m.DisplayName).NotEmpty().MaximumLength(100).WithName(_ => l["Judge's name"]);
        RuleFor(m => m.Affiliation).MaximumLength(100).WithName(_ => l["Affiliation"]);
        RuleFor(m => m.AllExpertise()).Must(c => c.Count <= JudgeProfile.MaxExpertise)
            .WithMessage(_ => l["A judge has at most {0} expertise categories.", JudgeProfile.MaxExpertise])
            .Must(c => c.All(x => x.Length <= JudgeProfile.MaxCategoryLength))
            .WithMessage(_ => l["An expertise category has at most {0} characters.", JudgeProfile.MaxCategoryLength])
            .OverridePropertyName(nameof(InviteJudgeForm.OtherExpertise));
    }
}

public sealed class LiftSuggestionFormValidator : AbstractValidator<LiftSuggestionForm>
{
    public LiftSuggestionFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage(_ => l["Give the reason for lifting the conflict of interest."])
            .MaximumLength(LiftedConflictSuggestion.MaxReasonLength).WithName(_ => l["Reason"]);
    }
}

public sealed class LiftConflictFormValidator : AbstractValidator<LiftConflictForm>
{
    public LiftConflictFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage(_ => l["Give the reason for lifting the conflict of interest."])
            .MaximumLength(ConflictDeclaration.MaxNoteLength).WithName(_ => l["Reason"]);
    }
}
