// Line breaking for the PDF layout: CJK text may break between any two characters, Latin text
// only at spaces (a word wider than the line is cut by character rather than overflowing).
// Widths come from a measure function so the rules can be tested without a font.

/** Width of a string in points, at whatever size the caller has fixed. */
export type MeasureText = (text: string) => number;

// Chinese typesetting rules (禁则): closing punctuation never starts a line, opening punctuation
// never ends one. Half-width forms are included because users type both.
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〕〉”’…—～·%,.;:!?)]}']);
const NO_LINE_END = new Set([...'（《「『【〔〈“‘([{']);

/** Characters that form their own break unit: ideographs, kana, hangul, full-width forms. */
export function isBreakableAnywhere(codePoint: number): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) || // CJK radicals … unified ideographs
    (codePoint >= 0xac00 && codePoint <= 0xd7af) || // hangul syllables
    (codePoint >= 0xf900 && codePoint <= 0xfaff) || // compatibility ideographs
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) || // CJK compatibility forms
    (codePoint >= 0xff00 && codePoint <= 0xffef) || // full-width forms
    (codePoint >= 0x20000 && codePoint <= 0x3ffff) || // ideograph extensions B–H
    codePoint === 0x25a1 // □, the stand-in for characters the font lacks
  );
}

const isSpace = (ch: string) => ch === ' ' || ch === '\u3000' || ch === '\t';

/**
 * Splits a paragraph into the pieces that must stay on one line. Half-width punctuation stays
 * inside its word so that "3.14" or an e-mail address is never split at the dot.
 */
function breakUnits(paragraph: string): string[] {
  const units: string[] = [];
  let word = '';
  const flushWord = () => {
    if (word) units.push(word);
    word = '';
  };
  for (const ch of paragraph) {
    if (isSpace(ch)) {
      flushWord();
      units.push(ch);
    } else if (isBreakableAnywhere(ch.codePointAt(0) ?? 0)) {
      flushWord();
      units.push(ch);
    } else {
      word += ch;
    }
  }
  flushWord();

  // Glue punctuation to its neighbour so the 禁则 hold whatever the widths turn out to be.
  const glued: string[] = [];
  for (const unit of units) {
    const previous = glued[glued.length - 1];
    const startsClosing = NO_LINE_START.has([...unit][0] ?? '');
    const previousOpens = previous !== undefined && NO_LINE_END.has([...previous].at(-1) ?? '');
    const joinable = previous !== undefined && !isSpace(previous) && !isSpace(unit);
    if (joinable && (startsClosing || previousOpens)) {
      glued[glued.length - 1] = `${previous}${unit}`;
    } else {
      glued.push(unit);
    }
  }
  return glued;
}

/** Cuts a unit wider than the line into pieces that fit (at least one character each). */
function cutByCharacter(unit: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of unit) {
    if (piece && measure(piece + ch) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  let pendingSpace = '';
  let leading = true;

  const place = (unit: string) => {
    const unitWidth = measure(unit);
    const gap = pendingSpace && line ? measure(pendingSpace) : 0;
    const joined = gap ? line + pendingSpace + unit : line + unit;
    pendingSpace = '';
    if (width + gap + unitWidth <= maxWidth) {
      line = joined;
      width += gap + unitWidth;
      return;
    }
    if (line) lines.push(line);
    if (unitWidth <= maxWidth) {
      line = unit;
      width = unitWidth;
      return;
    }
    const pieces = cutByCharacter(unit, maxWidth, measure);
    line = pieces.pop() ?? '';
    width = measure(line);
    lines.push(...pieces);
  };

  for (const unit of breakUnits(paragraph)) {
    if (!isSpace(unit)) {
      place(unit);
      leading = false;
    } else if (leading) {
      // Leading spaces are an indent (e.g. two 全角 spaces before a paragraph) and are kept.
      place(unit);
    } else {
      pendingSpace ||= unit;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Wraps text to lines no wider than maxWidth. Hard line breaks are kept; spaces at a break are
 * dropped; an empty paragraph gives one empty line so blank lines keep their height.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure));
}
