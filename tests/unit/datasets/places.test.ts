import { describe, expect, it } from 'vitest';
import { placeOf } from '../../../src/lib/datasets/places.ts';

describe('placeOf(code)', () => {
  it('knows the city, the eight counties and the high-tech zone apart', () => {
    expect(placeOf('4412')).toMatchObject({ name: '肇庆市', level: 'city' });
    expect(placeOf('441226')).toMatchObject({ name: '德庆县', level: 'county', adcode: 441226 });
    expect(placeOf('gaoxin')).toMatchObject({ name: '肇庆高新区', level: 'zone' });
    expect(placeOf('gaoxin')?.adcode).toBeUndefined();
    expect(placeOf('440100')).toBeUndefined();
  });
});
