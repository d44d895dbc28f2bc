import { describe, expect, it } from 'vitest';
import { copyField } from '../../src/core/db/copy-pool.ts';

describe('COPY text fields', () => {
  it('escapes backslash, tab and line breaks, and writes NULL as \\N', () => {
    expect(copyField('Thư viện\txã\\Một\nhai\rba')).toBe('Thư viện\\txã\\\\Một\\nhai\\rba');
    expect(copyField('2024-03')).toBe('2024-03');
    expect(copyField(12.5)).toBe('12.5');
    expect(copyField(null)).toBe('\\N');
  });
});
