// The one CJK font of every generated PDF: Noto Sans SC (TrueType outlines; the CFF/OTF Noto CJK
// files produce broken embedded fonts through fontkit), subset per document with harfbuzz to the
// characters actually drawn, then embedded as-is because fontkit's own subsetter drops glyphs.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as Fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

type SubsetOptions = {
  targetFormat?: 'truetype' | 'sfnt' | 'woff' | 'woff2';
  keepFeatures?: string[];
  noHinting?: boolean;
  dropTables?: string[];
};
// fontkit's typings omit the path transforms its runtime has.
type GlyphPath = { transform(...matrix: number[]): GlyphPath; toSVG(): string };
type SubsetFont = (font: Buffer, text: string, options?: SubsetOptions) => Promise<Buffer>;

// Both packages are CommonJS without usable ESM typings. Not named `require`: the esbuild banner of
// apps/api/dist/server.mjs already declares that at the top of the bundle.
const requireFromApi = createRequire(import.meta.url);
const subsetFont = requireFromApi('subset-font') as SubsetFont;
const fontkit = requireFromApi('@pdf-lib/fontkit') as typeof Fontkit;

const FONT_MODULE = '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf';

/** Drawn instead of a character the font does not have (e.g. rare ideographs of extension B). */
export const MISSING_GLYPH = '□';

/**
 * Top of the ideographic em box above the baseline, in em (Noto CJK: 880 of 1000 units). Centring
 * this box in a line, rather than ascent–descent, puts Chinese text optically in the middle.
 */
export const EM_BOX_TOP = 0.88;

let fontBytes: Promise<Buffer> | undefined;

/** The full 10 MB font, read once per process. */
export function loadFontBytes(): Promise<Buffer> {
  fontBytes ??= readFile(requireFromApi.resolve(FONT_MODULE)).catch((error: unknown) => {
    fontBytes = undefined; // let the next document try again instead of caching the failure
    throw error;
  });
  return fontBytes;
}

/** Controls and other line separators become spaces; newlines are kept for the wrapper. */
function normalise(text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0) ?? 0;
    const blank =
      (code < 0x20 && ch !== '\n') || code === 0x7f || code === 0x2028 || code === 0x2029;
    out += blank ? ' ' : ch;
  }
  return out;
}

export type DocumentFont = {
  pdfFont: PDFFont;
  /** Replaces what the subset cannot draw, so extraction never yields a blank glyph. */
  clean: (text: string) => string;
  /** Width in points of already cleaned text at the given size. */
  widthOf: (text: string, size: number) => number;
  /**
   * Glyph outlines of cleaned text as one SVG path (y down, font units from the left end of the
   * baseline), for decoration that must not end up in the extracted text.
   */
  outline: (text: string) => { path: string; unitsPerEm: number };
};

/**
 * Embeds a subset holding every character of `text` that Noto Sans SC has. Characters it lacks are
 * drawn as □ by `clean` (and extract as □), which is visible and honest rather than invisible.
 */
export async function embedDocumentFont(pdf: PDFDocument, text: string): Promise<DocumentFont> {
  const characters = new Set(normalise(text).replace(/\n/g, ''));
  characters.add(MISSING_GLYPH).add(' ');
  const subset = await subsetFont(await loadFontBytes(), [...characters].join(''), {
    targetFormat: 'truetype',
    // pdf-lib ignores glyph positioning and we want one glyph per character (no ligatures), so
    // layout tables and hinting are dead weight in the file.
    keepFeatures: [],
    noHinting: true,
    dropTables: ['GSUB', 'GPOS', 'GDEF', 'BASE', 'STAT'],
  });
  const coverage = fontkit.create(subset);
  pdf.registerFontkit(fontkit);
  const pdfFont = await pdf.embedFont(subset, { subset: false });

  const cleaned = new Map<string, string>();
  const clean = (value: string) => {
    let out = '';
    for (const ch of normalise(value)) {
      let mapped = cleaned.get(ch);
      if (mapped === undefined) {
        const drawable = ch === '\n' || coverage.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
        mapped = drawable ? ch : MISSING_GLYPH;
        cleaned.set(ch, mapped);
      }
      out += mapped;
    }
    return out;
  };

  // Advance widths per character; pdf-lib draws glyph advances without kerning, so the sum is exact.
  const advance = new Map<string, number>();
  const widthOf = (value: string, size: number) => {
    let total = 0;
    for (const ch of value) {
      let width = advance.get(ch);
      if (width === undefined) {
        width = pdfFont.widthOfTextAtSize(ch, 1);
        advance.set(ch, width);
      }
      total += width;
    }
    return total * size;
  };

  const outline = (value: string) => {
    let x = 0;
    let path = '';
    for (const ch of value) {
      const glyph = coverage.glyphForCodePoint(ch.codePointAt(0) ?? 0);
      path += (glyph.path as unknown as GlyphPath).transform(1, 0, 0, -1, x, 0).toSVG();
      x += glyph.advanceWidth;
    }
    return { path, unitsPerEm: coverage.unitsPerEm };
  };

  return { pdfFont, clean, widthOf, outline };
}
