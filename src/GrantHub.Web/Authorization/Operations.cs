using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace GrantHub.Web.Authorization;

/// <summary>What a person wants to do with an object; the handlers in this folder decide per object.</summary>
public static class Operations
{
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };

    /// <summary>Change an organization's profile and members (its owner).</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    /// <summary>Verify an organization's documents (staff of a center it applied to).</summary>
    public static readonly OperationAuthorizationRequirement Verify = new() { Name = nameof(Verify) };

    /// <summary>Review, admit, serve, assess, graduate: the staff of the residency's center.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };

    /// <summary>Confirm a grant's agreement: a member of the organization it pays.</summary>
    public static readonly OperationAuthorizationRequirement Confirm = new() { Name = nameof(Confirm) };
}

/// <summary>The organization an authorization check is about.</summary>
public sealed record OrganizationResource(Guid Id);

/// <summary>The residency an authorization check is about, with what decides access.</summary>
public sealed record ResidencyResource(Guid Id, Guid OrganizationId, int CenterId);

/// <summary>The competition application an authorization check is about, with the organization that owns it.</summary>
public sealed record ApplicationResource(Guid Id, Guid OrganizationId);

/// <summary>The grant (funded project or award) an authorization check is about, with the organization it pays.</summary>
public sealed record GrantResource(Guid Id, Guid OrganizationId);
