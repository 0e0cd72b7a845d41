import { describe, expect, it } from 'vitest';
import { readJfifDpi, withJfifDensity } from '../src/id-photo.ts';

// SOI, a JFIF APP0 with "no units, 1 × 1" (what canvas and jimp write), then the rest.
const JFIF_HEAD = [
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
  0x00, 0x01, 0x00, 0x00,
];
const REST = [0xff, 0xdb, 0x00, 0x43, 0x00, 0xff, 0xd9];
const jfifJpeg = () => Uint8Array.from([...JFIF_HEAD, ...REST]);

describe('JFIF density', () => {
  it('reads no density from an encoder header without units', () => {
    expect(readJfifDpi(jfifJpeg())).toBeNull();
  });

  it('patches the header in place to dots per inch, leaving the input untouched', () => {
    const input = jfifJpeg();
    const patched = withJfifDensity(input, 350);
    expect(readJfifDpi(patched)).toBe(350);
    expect([...patched.subarray(13, 18)]).toEqual([1, 0x01, 0x5e, 0x01, 0x5e]);
    expect(patched.length).toBe(input.length);
    expect([...patched.subarray(18)]).toEqual([...input.subarray(18)]);
    expect(readJfifDpi(input)).toBeNull();
  });

  it('adds a JFIF header after the start marker when there is none', () => {
    const bare = Uint8Array.from([0xff, 0xd8, ...REST]);
    const patched = withJfifDensity(bare, 300);
    expect(readJfifDpi(patched)).toBe(300);
    expect(patched.length).toBe(bare.length + 18);
    expect([...patched.subarray(0, 2)]).toEqual([0xff, 0xd8]);
    expect([...patched.subarray(20)]).toEqual(REST);
  });

  it('leaves bytes that are not a JPEG alone', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([...withJfifDensity(png, 350)]).toEqual([...png]);
  });
});
