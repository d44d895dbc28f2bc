import type { Unit } from './units.ts';

/** A unit's name as the places' pages show it: the nation by its name, any other unit by its full name. */
export const nameOf = (u: Pick<Unit, 'name' | 'fullName' | 'level'>) => (u.level === 'nation' ? u.name : (u.fullName ?? u.name));
