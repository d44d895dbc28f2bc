export const ROLES = ['admin', 'official', 'staff', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in user, an API token's user, or the local administrator on the CLI. */
export interface Principal {
  userId: number | null;
  username: string;
  displayName: string;
  role: Role;
  /** official / viewer: the unit whose subtree they see. */
  unitId: number | null;
  /** staff: their institution. */
  institutionId: number | null;
}

export const LOCAL_ADMIN: Principal = { userId: null, username: 'cli', displayName: 'CLI', role: 'admin', unitId: null, institutionId: null };
