import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PDF_TOOLS_INSTALL = 'sudo apt-get install -y poppler-utils qpdf';

type PdfTool = 'pdftotext' | 'pdffonts' | 'pdfimages' | 'pdfsig' | 'qpdf';

/**
 * Runs a poppler or qpdf command line tool. A missing tool fails the test with the install
 * command: a check that skips itself when the tool is absent passes a broken PDF unnoticed.
 * A non-zero exit still rejects with the tool's own output (`stdout`, `stderr` on the error).
 */
export async function runPdfTool(tool: PdfTool, args: string[]) {
  try {
    return await run(tool, args);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} is not installed; install it with: ${PDF_TOOLS_INSTALL}`);
    }
    throw error;
  }
}

/** The text of a PDF file as pdftotext extracts it (UTF-8). */
export async function pdfText(file: string, options: { layout?: boolean } = {}) {
  const args = ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), file, '-'];
  return (await runPdfTool('pdftotext', args)).stdout;
}
