import { describe, expect, it } from 'vitest';
import { formatIdPhone, idPhoneSchema, optionalIdPhoneSchema, toIdE164, whatsappLink } from './phone';

describe('toIdE164', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['006281234567890', '+6281234567890'],
    ['81234567890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['(021) 555-0123', '+62215550123'],
    ['  0812.3456.789  ', '+628123456789'],
  ])('%s → %s', (input, expected) => {
    expect(toIdE164(input)).toBe(expected);
  });

  it.each([
    ['foreign country code', '+6591234567'],
    ['US number', '+1 202 555 0123'],
    ['letters', '0812-CALL-ME'],
    ['garbage', '!!!'],
    ['empty', ''],
    ['spaces only', '   '],
    ['too short mobile', '0812345'],
    ['too long mobile', '08123456789012'],
    ['double trunk zero', '00812345678'],
    ['plus without 62', '+0812345678'],
    ['script', '<script>0812</script>'],
  ])('rejects %s', (_label, input) => {
    expect(toIdE164(input)).toBeNull();
  });
});

describe('phone schemas (S20)', () => {
  it('normalize valid numbers and reject the rest with a message key', () => {
    expect(idPhoneSchema.parse('0812-3456-7890')).toBe('+6281234567890');
    const bad = idPhoneSchema.safeParse('+44 20 7946 0958');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('validation.phone');
    expect(idPhoneSchema.safeParse('0'.repeat(31)).success).toBe(false);
  });

  it('treat an empty optional number as null', () => {
    expect(optionalIdPhoneSchema.parse('')).toBeNull();
    expect(optionalIdPhoneSchema.parse('  ')).toBeNull();
    expect(optionalIdPhoneSchema.parse('081234567890')).toBe('+6281234567890');
    expect(optionalIdPhoneSchema.safeParse('garbage').success).toBe(false);
  });
});

describe('display helpers', () => {
  it('formats E.164 for reading aloud and builds wa.me links', () => {
    expect(formatIdPhone('+6281234567890')).toBe('+62 812-3456-7890');
    expect(whatsappLink('+6281234567890', 'Halo & selamat')).toBe('https://wa.me/6281234567890?text=Halo%20%26%20selamat');
  });
});
