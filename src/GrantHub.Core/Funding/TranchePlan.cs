namespace GrantHub.Core.Funding;

/// <summary>The tranche templates the officer starts from.</summary>
public enum TrancheTemplate
{
    /// <summary>50/30/20: on signing, after the mid-term evaluation, after the final evaluation.</summary>
    FiftyThirtyTwenty = 0,
    /// <summary>60/40: on signing, after the final evaluation.</summary>
    SixtyForty = 1,
    /// <summary>One payment on signing.</summary>
    Single = 2,
    /// <summary>Percentages the officer types.</summary>
    CustomPercentages = 3,
    /// <summary>Amounts the officer types.</summary>
    CustomAmounts = 4,
}

/// <summary>One tranche of a plan: its amount, what makes it payable, and the date when the trigger is a date.</summary>
public sealed record PlannedTranche(Money Amount, TrancheTrigger Trigger, DateOnly? DueOn = null);

/// <summary>
/// Splits a grant into tranches. Percentages are applied in whole fen, rounding down, and the last tranche takes
/// what is left, so the tranches always add up to the grant exactly.
/// </summary>
public static class TranchePlan
{
    public const int MaxTranches = 6;

    /// <summary>The percentages and default triggers of a template (not for the custom ones).</summary>
    public static IReadOnlyList<(int Percent, TrancheTrigger Trigger)> Shape(TrancheTemplate template) => template switch
    {
        TrancheTemplate.FiftyThirtyTwenty => [(50, TrancheTrigger.AgreementSigned), (30, TrancheTrigger.MidtermPassed), (20, TrancheTrigger.FinalPassed)],
        TrancheTemplate.SixtyForty => [(60, TrancheTrigger.AgreementSigned), (40, TrancheTrigger.FinalPassed)],
        TrancheTemplate.Single => [(100, TrancheTrigger.AgreementSigned)],
        _ => throw new ArgumentOutOfRangeException(nameof(template), template, "A custom plan has no fixed shape."),
    };

    /// <summary>The tranches of a template with its default triggers.</summary>
    public static IReadOnlyList<PlannedTranche> FromTemplate(Money grant, TrancheTemplate template)
    {
        var shape = Shape(template);
        var amounts = SplitByPercent(grant, shape.Select(s => (decimal)s.Percent).ToList());
        return shape.Select((s, i) => new PlannedTranche(amounts[i], s.Trigger)).ToList();
    }

    /// <summary>
    /// Splits <paramref name="grant"/> by <paramref name="percents"/> (each above 0, at most two decimals, adding up
    /// to 100): every tranche but the last is rounded down to the fen; the last takes the rest.
    /// </summary>
    public static IReadOnlyList<Money> SplitByPercent(Money grant, IReadOnlyList<decimal> percents)
    {
        if (grant <= Money.Zero) throw new DomainException("Give the amount granted, above zero.");
        CheckCount(percents.Count);
        if (percents.Any(p => p <= 0)) throw new DomainException("Each tranche needs a share above zero.");
        if (percents.Any(p => decimal.Round(p, 2) != p)) throw new DomainException("A percentage has at most two decimals.");
        if (percents.Sum() != 100m) throw new DomainException("The percentages add up to {0}%, not 100%.", percents.Sum());
        var amounts = new List<Money>(percents.Count);
        var given = Money.Zero;
        for (var i = 0; i < percents.Count - 1; i++)
        {
            var fen = (long)decimal.Floor(grant.Fen * percents[i] / 100m);
            if (fen <= 0) throw new DomainException("Each tranche needs a share above zero.");
            amounts.Add(new Money(fen));
            given += new Money(fen);
        }
        amounts.Add(grant - given);
        return amounts;
    }

    /// <summary>Checks a plan against its grant: 1 to <see cref="MaxTranches"/> tranches above zero adding up to the grant exactly.</summary>
    public static void Check(Money grant, IReadOnlyList<PlannedTranche> tranches)
    {
        CheckCount(tranches.Count);
        if (tranches.Any(t => t.Amount <= Money.Zero)) throw new DomainException("Each tranche needs an amount above zero.");
        var sum = tranches.Aggregate(Money.Zero, (s, t) => s + t.Amount);
        if (sum != grant) throw new DomainException("The tranches add up to {0}, not to the grant of {1}.", sum, grant);
        foreach (var t in tranches)
        {
            if (t.Trigger == TrancheTrigger.OnDate && t.DueOn is null) throw new DomainException("A tranche paid on a date needs the date.");
            if (t.Trigger == TrancheTrigger.ResultsFinal) throw new DomainException("Choose what makes each tranche payable.");
        }
    }

    private static void CheckCount(int count)
    {
        if (count is < 1 or > MaxTranches) throw new DomainException("A plan has between {0} and {1} tranches.", 1, MaxTranches);
    }
}
