/** 'citizen': a member of the public (self-registered); reads public pages and its own learning record only. */
export const ROLES = ['admin', 'official', 'staff', 'viewer', 'citizen'] as const;
export type Role = (typeof ROLES)[number];

/** Who is acting: a signed-in user, an API token's user, or the local administrator on the CLI. */
export interface Principal {
  userId: number | null;
  username: string;
  displayName: string;
  role: Role;
  /** official / viewer: the unit whose subtree they see; citizen: their home place (grants no access). */
  unitId: number | null;
  /** staff: their institution. */
  institutionId: number | null;
}

export const LOCAL_ADMIN: Principal = { userId: null, username: 'cli', displayName: 'CLI', role: 'admin', unitId: null, institutionId: null };
