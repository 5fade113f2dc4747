/** One role per account. Citizens self-register; officers and admins are created by an administrator. */
export const Role = {
  CITIZEN: 'CITIZEN',
  OFFICER: 'OFFICER',
  ADMIN: 'ADMIN',
} as const;

export type Role = (typeof Role)[keyof typeof Role];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  CITIZEN: { vi: 'Công dân', en: 'Citizen' },
  OFFICER: { vi: 'Cán bộ', en: 'Officer' },
  ADMIN: { vi: 'Quản trị', en: 'Administrator' },
};
