namespace GrantHub.Core.Organizations;

/// <summary>The fields an organization serves in; several may apply.</summary>
[Flags]
public enum ServiceField
{
    None = 0,
    ElderlyCare = 1 << 0,     // 为老服务
    Youth = 1 << 1,           // 青少年
    Disability = 1 << 2,      // 助残
    CommunityGovernance = 1 << 3, // 社区治理
    PovertyRelief = 1 << 4,   // 扶贫帮困
    Culture = 1 << 5,         // 文化
    Education = 1 << 6,       // 教育
    Health = 1 << 7,          // 健康
    Environment = 1 << 8,     // 环保
    Volunteering = 1 << 9,    // 志愿服务
}

public static class ServiceFields
{
    public static readonly IReadOnlyList<ServiceField> All =
        Enum.GetValues<ServiceField>().Where(f => f != ServiceField.None).ToList();

    public static IEnumerable<ServiceField> Split(this ServiceField fields) => All.Where(f => fields.HasFlag(f));
}

/// <summary>评估等级: the civil-affairs evaluation grade, 1A to 5A, or none yet.</summary>
public enum EvaluationGrade
{
    None = 0,
    A1 = 1,
    A2 = 2,
    A3 = 3,
    A4 = 4,
    A5 = 5,
}
