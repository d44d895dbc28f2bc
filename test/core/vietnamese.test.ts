import { describe, expect, it } from 'vitest';
import { fold, slug } from '../../src/core/text/vietnamese.ts';

describe('Vietnamese folding', () => {
  it('removes tone and vowel marks and folds đ/Đ to d', () => {
    expect(fold('Thư viện Đắk Hà')).toBe('thu vien dak ha');
    expect(fold('ĐẨY MẠNH')).toBe('day manh');
  });
  it('treats NFD input and old/new tone placement alike', () => {
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('Thư viện'.normalize('NFD'))).toBe('thu vien');
  });
  it('makes slugs', () => {
    expect(slug('Trung tâm Văn hóa - Thể thao xã')).toBe('trung-tam-van-hoa-the-thao-xa');
  });
});
