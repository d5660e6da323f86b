// Money fields are hidden (null) from viewers who may not see money (TEAM_MEMBER).
export const moneyFieldOptions = {
  nullable: true,
  authScopes: { seeMoney: true },
  unauthorizedResolver: () => null,
  description: 'Hidden (null) from team members.',
} as const;
