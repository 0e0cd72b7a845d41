// A PDF that runs something when opened (JavaScript, or launching a program) has no place in a
// ticket: members send scans and letters. The names that start such actions are looked for in
// the PDF's objects as the file streams in; stream contents (compressed page data, images) are
// skipped, since random bytes there would match "/JS" about once per 20 MB.
//
// Limit: objects packed into compressed object streams (/ObjStm, PDF 1.5+) are not inflated, so
// a name hidden there is not seen. The second line of defence holds for those: every uploaded
// file is served as an attachment with nosniff, never rendered inline by the platform.

const ACTIVE_NAMES = new Map([
  ['JavaScript', 'JavaScript'],
  ['JS', 'JavaScript'],
  ['Launch', '启动外部程序'],
]);

// A PDF name: "/" and regular characters, where "#xx" stands for a byte (so /J#53 is /JS).
const NAME = /\/([^\s()<>[\]{}/%]*)/g;
const STREAM_START = /(?<![A-Za-z])stream(?:\r\n|\n|\r)/g;
// Longer than any escaped form of the names above (/#4A#61…: three characters a letter).
const CARRY = 64;

function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Feed the file's chunks in order; `found` is the first active feature seen, or null. */
export function pdfActiveContentScanner() {
  let carry = '';
  let inStream = false;
  let found: string | null = null;

  const scanNames = (text: string, upTo: number) => {
    NAME.lastIndex = 0;
    for (let m = NAME.exec(text); m; m = NAME.exec(text)) {
      if (m.index >= upTo) break;
      // A name running into the end of the text may continue in the next chunk.
      if (m.index + m[0].length === text.length && upTo < text.length) break;
      const feature = ACTIVE_NAMES.get(decodeName(m[1]!));
      if (feature) {
        found = feature;
        return;
      }
    }
  };

  function push(chunk: Uint8Array, final = false) {
    if (found) return;
    const text = carry + Buffer.from(chunk).toString('latin1');
    let pos = 0;
    for (;;) {
      if (inStream) {
        const end = text.indexOf('endstream', pos);
        if (end < 0) {
          carry = text.slice(Math.max(pos, text.length - 16));
          return;
        }
        pos = end + 'endstream'.length;
        inStream = false;
        continue;
      }
      STREAM_START.lastIndex = pos;
      const start = STREAM_START.exec(text);
      if (!start) {
        const keep = final ? text.length : Math.max(pos, text.length - CARRY);
        scanNames(text.slice(pos), keep - pos);
        carry = final ? '' : text.slice(keep);
        return;
      }
      scanNames(text.slice(pos, start.index), start.index - pos);
      if (found) return;
      pos = start.index + start[0].length;
      inStream = true;
    }
  }

  return {
    push,
    /** Call once after the last chunk. */
    end: () => push(new Uint8Array(0), true),
    get found() {
      return found;
    },
  };
}
