import {
  afdelingenOf,
  readCount,
  readHuisnummer,
  readOnderwijsstructuur,
  readPostcode,
} from './values';

describe('DUO cell values', () => {
  it.each([
    ['<5', null],
    ['x', null],
    ['-1', null],
    ['', null],
    ['0', 0],
    ['1.234', 1234],
    ['17', 17],
  ])('count %p reads as %p', (cell, expected) => {
    expect(readCount(cell)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['12', 12, null],
    ['12a', 12, 'a'],
    ['12 A', 12, 'A'],
    ['12-14', 12, '-14'],
    ['1 bis', 1, 'bis'],
  ])('huisnummer %p → %p + %p', (cell, huisnummer, huisnummerToevoeging) => {
    expect(readHuisnummer(cell)).toEqual({ ok: true, value: { huisnummer, huisnummerToevoeging } });
  });

  it('normalises postcodes and refuses foreign ones', () => {
    expect(readPostcode('1234ab')).toEqual({ ok: true, value: '1234 AB' });
    expect(readPostcode('0123 AB').ok).toBe(false);
  });

  it.each([
    ['VWO/HAVO/VMBO-GT', ['vmbo-gt', 'havo', 'vwo']],
    ['VMBO', ['vmbo-b', 'vmbo-k', 'vmbo-gt']],
    ['VMBO-B/VMBO-K', ['vmbo-b', 'vmbo-k']],
    ['VMBO-(G)T/HAVO', ['vmbo-gt', 'havo']],
    ['PRO', []],
    ['', []],
  ])('vo onderwijsstructuur %p gives afdelingen %p', (cell, afdelingen) => {
    const structuren = readOnderwijsstructuur(cell);
    expect(structuren.ok && afdelingenOf('vo', structuren.value)).toEqual(afdelingen);
  });

  it('gives no afdelingen outside vo', () => {
    expect(afdelingenOf('po', ['VWO'])).toEqual([]);
  });
});
