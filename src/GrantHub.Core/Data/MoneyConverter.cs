using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GrantHub.Core.Data;

/// <summary>Stores <see cref="Money"/> as whole fen in a bigint column.</summary>
public sealed class MoneyConverter() : ValueConverter<Money, long>(m => m.Fen, fen => new Money(fen));
