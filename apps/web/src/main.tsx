import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterFirstPaint, drawsChinese } from '@lx/ui/after-first-paint';
import { App } from './app/app';
import '@lx/ui/touch-targets.css';
import './styles.css';

// The web font is the last of the font stack (the system's Chinese fonts come first, see the theme's
// fontFamily), for a computer that has none: its 233 KB of @font-face rules would hold back the
// first paint, so they come after it, and only where the computer cannot draw Chinese itself.
afterFirstPaint(() =>
  drawsChinese()
    ? Promise.resolve()
    : Promise.all([
        import('@fontsource/noto-sans-sc/400.css'),
        import('@fontsource/noto-sans-sc/700.css'),
      ]),
);

const root = document.getElementById('root');
if (!root) throw new Error('缺少 #root 元素');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
