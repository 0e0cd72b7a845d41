/**
 * Runs `load` once the page has been drawn and the browser is idle: for what the first screen can
 * do without, such as the web font (issue 19). A stylesheet imported by the entry module blocks
 * the first paint until it has arrived; one imported from here arrives after it.
 */
export function afterFirstPaint(load: () => Promise<unknown>) {
  const start = () => {
    const run = () => void load().catch(() => undefined);
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 });
    else setTimeout(run, 200);
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}

/**
 * Whether this computer draws Chinese with a font of its own (Windows, macOS, Android, most Linux
 * desktops do): 中 drawn with the page's fonts against a character no font has. Where they come
 * out the same, 中 would be an empty box too, and the page needs the web font.
 */
export function drawsChinese(): boolean {
  try {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 32;
    const context = canvas.getContext('2d');
    if (!context) return false;
    const pixels = (text: string) => {
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.font = `24px ${getComputedStyle(document.body).fontFamily || 'sans-serif'}`;
      context.textBaseline = 'top';
      context.fillText(text, 4, 4);
      return context.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
    };
    return pixels('中') !== pixels('\u{10FFFD}');
  } catch {
    return false;
  }
}
