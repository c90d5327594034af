using GrantHub.Core;
using GrantHub.Core.Funding;

namespace GrantHub.Web.Features.Grants;

/// <summary>
/// Turns the agreement form's rows into a tranche plan with Core's arithmetic (<see cref="TranchePlan"/>), and draws the
/// rows a template starts from. The page works without script: picking another template and pressing "preview" draws
/// its rows; the script only presses it for the officer.
/// </summary>
public static class AgreementPlanner
{
    public static bool IsCustom(TrancheTemplate t) => t is TrancheTemplate.CustomPercentages or TrancheTemplate.CustomAmounts;

    /// <summary>The rows that make the plan: a fixed template's rows; the custom rows with a share or an amount typed.</summary>
    public static IReadOnlyList<(int Index, PlanRowInput Row)> Counting(AgreementForm form)
    {
        var rows = form.Rows.Select((r, i) => (Index: i, Row: r));
        return form.Template switch
        {
            TrancheTemplate.CustomPercentages => rows.Where(x => x.Row.Percent is not null).ToList(),
            TrancheTemplate.CustomAmounts => rows.Where(x => x.Row.AmountYuan is not null).ToList(),
            { } t => rows.Take(TranchePlan.Shape(t).Count).ToList(),
            null => [],
        };
    }

    /// <summary>
    /// The plan the form describes for <paramref name="amount"/>; throws the rule's <see cref="DomainException"/> when it
    /// does not make one (shares not adding up to 100%, amounts not adding up to the grant, a date missing …).
    /// </summary>
    public static IReadOnlyList<PlannedRow> Build(Money amount, AgreementForm form)
    {
        var template = form.Template ?? throw new DomainException("Choose a tranche plan.");
        List<PlannedRow> rows;
        if (!IsCustom(template))
        {
            var shape = TranchePlan.Shape(template);
            var amounts = TranchePlan.SplitByPercent(amount, shape.Select(s => (decimal)s.Percent).ToList());
            rows = shape.Select((s, i) =>
            {
                var typed = i < form.Rows.Count ? form.Rows[i] : null;
                var trigger = typed?.Trigger ?? s.Trigger;
                return new PlannedRow(i + 1, s.Percent, amounts[i], trigger, trigger == TrancheTrigger.OnDate ? typed?.DueOn : null);
            }).ToList();
        }
        else
        {
            var counting = Counting(form);
            if (counting.Count == 0) throw new DomainException("A plan has between {0} and {1} tranches.", 1, TranchePlan.MaxTranches);
            if (template == TrancheTemplate.CustomPercentages)
            {
                var amounts = TranchePlan.SplitByPercent(amount, counting.Select(x => x.Row.Percent!.Value).ToList());
                rows = counting.Select((x, i) => Row(i, x.Row.Percent, amounts[i], x.Row)).ToList();
            }
            else
            {
                rows = counting.Select((x, i) => Row(i, null, Money.FromYuan(x.Row.AmountYuan!.Value), x.Row)).ToList();
            }
        }
        TranchePlan.Check(amount, Planned(rows));
        return rows;
    }

    public static IReadOnlyList<PlannedTranche> Planned(IEnumerable<PlannedRow> rows) =>
        rows.Select(r => new PlannedTranche(r.Amount, r.Trigger, r.DueOn)).ToList();

    /// <summary>
    /// The rows a template starts from. A fixed template: its shares and default triggers. A custom one: what the
    /// officer had (the shares or amounts of <paramref name="previous"/>), then blank rows up to the maximum.
    /// </summary>
    public static List<PlanRowInput> RowsFor(TrancheTemplate template, IReadOnlyList<PlannedRow>? previous)
    {
        if (!IsCustom(template))
            return TranchePlan.Shape(template).Select(s => new PlanRowInput { Percent = s.Percent, Trigger = s.Trigger }).ToList();
        var rows = (previous ?? []).Select(p => new PlanRowInput
        {
            Percent = template == TrancheTemplate.CustomPercentages ? p.Percent : null,
            AmountYuan = template == TrancheTemplate.CustomAmounts ? p.Amount.Yuan : null,
            Trigger = p.Trigger,
            DueOn = p.DueOn,
        }).ToList();
        return Padded(rows);
    }

    /// <summary>Custom rows padded with blank ones up to <see cref="TranchePlan.MaxTranches"/>.</summary>
    public static List<PlanRowInput> Padded(List<PlanRowInput> rows)
    {
        while (rows.Count < TranchePlan.MaxTranches) rows.Add(new PlanRowInput { Trigger = TrancheTrigger.AgreementSigned });
        return rows;
    }

    /// <summary>
    /// The form for an agreement already drafted: the template whose shares and triggers it has, or its amounts as
    /// custom amounts.
    /// </summary>
    public static AgreementForm FromDraft(long version, Money amount, IReadOnlyList<LedgerTranche> tranches)
    {
        var ordered = tranches.OrderBy(t => t.Number).ToList();
        foreach (var template in new[] { TrancheTemplate.FiftyThirtyTwenty, TrancheTemplate.SixtyForty, TrancheTemplate.Single })
        {
            var plan = TranchePlan.FromTemplate(amount, template);
            if (plan.Count == ordered.Count && plan.Select(p => p.Amount).SequenceEqual(ordered.Select(t => t.Amount)))
            {
                return new AgreementForm
                {
                    Version = version, AmountYuan = amount.Yuan, Template = template, ShownTemplate = template,
                    Rows = ordered.Select((t, i) => new PlanRowInput { Percent = TranchePlan.Shape(template)[i].Percent, Trigger = t.Trigger, DueOn = t.DueOn }).ToList(),
                };
            }
        }
        return new AgreementForm
        {
            Version = version, AmountYuan = amount.Yuan, Template = TrancheTemplate.CustomAmounts, ShownTemplate = TrancheTemplate.CustomAmounts,
            Rows = Padded(ordered.Select(t => new PlanRowInput { AmountYuan = t.Amount.Yuan, Trigger = t.Trigger, DueOn = t.DueOn }).ToList()),
        };
    }

    public static AgreementForm Fresh(long version, Money decided) => new()
    {
        Version = version,
        AmountYuan = decided.Yuan,
        Template = TrancheTemplate.FiftyThirtyTwenty,
        ShownTemplate = TrancheTemplate.FiftyThirtyTwenty,
        Rows = RowsFor(TrancheTemplate.FiftyThirtyTwenty, null),
    };

    private static PlannedRow Row(int i, decimal? percent, Money amount, PlanRowInput typed)
    {
        var trigger = typed.Trigger ?? TrancheTrigger.AgreementSigned;
        return new PlannedRow(i + 1, percent, amount, trigger, trigger == TrancheTrigger.OnDate ? typed.DueOn : null);
    }
}
