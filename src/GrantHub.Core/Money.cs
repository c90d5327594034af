using System.Globalization;

namespace GrantHub.Core;

/// <summary>
/// An amount of renminbi in whole fen (分). Exact on every database provider: never a double, never a
/// decimal compared on SQLite.
/// </summary>
public readonly record struct Money(long Fen) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    public static Money FromYuan(decimal yuan)
    {
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
            throw new ArgumentException("An amount has at most two decimals (whole fen).", nameof(yuan));
        return new Money(checked((long)fen));
    }

    public decimal Yuan => Fen / 100m;

    public static Money operator +(Money a, Money b) => new(checked(a.Fen + b.Fen));
    public static Money operator -(Money a, Money b) => new(checked(a.Fen - b.Fen));
    public static bool operator <(Money a, Money b) => a.Fen < b.Fen;
    public static bool operator >(Money a, Money b) => a.Fen > b.Fen;
    public static bool operator <=(Money a, Money b) => a.Fen <= b.Fen;
    public static bool operator >=(Money a, Money b) => a.Fen >= b.Fen;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>The whole fen. Lets a query sum amounts in the database: <c>g.Sum(d => (long)d.Amount)</c>.</summary>
    public static explicit operator long(Money m) => m.Fen;

    /// <summary>Shown the same in both languages: ¥1,234.56.</summary>
    public override string ToString()
    {
        var sign = Fen < 0 ? "-" : "";
        return sign + "¥" + Math.Abs(Yuan).ToString("#,##0.00", CultureInfo.InvariantCulture);
    }
}
