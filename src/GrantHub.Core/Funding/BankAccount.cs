namespace GrantHub.Core.Funding;

/// <summary>The account the grant is paid to, copied from the organization's profile when the agreement is drafted.</summary>
public sealed record BankAccount(string AccountName, string BankName, string AccountNumber)
{
    public bool IsComplete => AccountName.Trim().Length > 0 && BankName.Trim().Length > 0 && AccountNumber.Trim().Length > 0;
}
