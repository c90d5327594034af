using FluentValidation;
using GrantHub.Core.Judging;
using GrantHub.Web.Resources;
using Microsoft.Extensions.Localization;

namespace GrantHub.Web.Features.JudgeDesk;

public sealed class DeclarationFormValidator : AbstractValidator<DeclarationForm>
{
    public DeclarationFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Decision).Must(d => d is DeclarationForm.None or DeclarationForm.Conflict)
            .WithMessage(_ => l["Choose: no conflict of interest, or a conflict."]);
        When(m => m.Decision == DeclarationForm.Conflict, () =>
            RuleFor(m => m.Kind).NotNull().WithMessage(_ => l["Choose the kind of conflict of interest."]).IsInEnum().WithMessage(_ => l["Choose the kind of conflict of interest."]));
        When(m => m.Decision == DeclarationForm.Conflict && m.Kind == ConflictKind.Other, () =>
            RuleFor(m => m.Note).NotEmpty().WithMessage(_ => l["Describe the conflict of interest."]));
        RuleFor(m => m.Note).MaximumLength(ConflictDeclaration.MaxNoteLength).WithName(_ => l["Note"]);
    }
}

public sealed class ReportConflictFormValidator : AbstractValidator<ReportConflictForm>
{
    public ReportConflictFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Kind).NotNull().WithMessage(_ => l["Choose the kind of conflict of interest."])
            .IsInEnum().WithMessage(_ => l["Choose the kind of conflict of interest."]);
        When(m => m.Kind == ConflictKind.Other, () =>
            RuleFor(m => m.Note).NotEmpty().WithMessage(_ => l["Describe the conflict of interest."]));
        RuleFor(m => m.Note).MaximumLength(ConflictDeclaration.MaxNoteLength).WithName(_ => l["Describe the tie"]);
    }
}

public sealed class ScoreSheetFormValidator : AbstractValidator<ScoreSheetForm>
{
    public ScoreSheetFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Then).Must(t => t is ScoreSheetForm.Save or ScoreSheetForm.Submit).WithMessage(_ => l["Choose: save the draft or submit."]);
        RuleForEach(m => m.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.Points).Must(p => string.IsNullOrWhiteSpace(p) || ScoreInput.Parse(p) is not null)
                .WithMessage(_ => l["Enter the points as a number, e.g. 17.5."]);
            row.RuleFor(r => r.Comment).MaximumLength(ScoreSheet.MaxCommentLength).WithName(_ => l["Comment"]);
        });
    }
}

public sealed class ReopenFormValidator : AbstractValidator<ReopenForm>
{
    public ReopenFormValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(m => m.Reason).NotEmpty().WithMessage(_ => l["Give the reason for reopening the score sheet."])
            .MaximumLength(ScoreSheet.MaxReasonLength).WithName(_ => l["Reason"]);
    }
}
