import { EllipsisOutlined } from '@ant-design/icons';
import type { TabsProps } from 'antd';
import { useEffect } from 'react';

/**
 * The 「…」 of a tab list that does not fit (a phone): a button named in Chinese. Its icon alone
 * gave it no name, so a screen reader said only "button" (issue 19).
 */
export const TABS_MORE: TabsProps['more'] = { icon: <EllipsisOutlined aria-label="更多标签" /> };

/** antd's scroll containers of a wide table (scroll.x) and of a fixed-height body (scroll.y). */
const SCROLL_CONTAINERS = '.ant-table-content, .ant-table-body';
const REGION_LABEL = '表格（可左右滚动查看）';

function markScrollRegions() {
  for (const el of document.querySelectorAll<HTMLElement>(SCROLL_CONTAINERS)) {
    const scrolls = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
    const marked = el.dataset.scrollRegion === 'true';
    if (scrolls && !marked) {
      el.tabIndex = 0;
      el.setAttribute('role', 'region');
      el.setAttribute('aria-label', REGION_LABEL);
      el.dataset.scrollRegion = 'true';
    } else if (!scrolls && marked) {
      el.removeAttribute('tabindex');
      el.removeAttribute('role');
      el.removeAttribute('aria-label');
      delete el.dataset.scrollRegion;
    }
  }
}

/**
 * Makes every table that scrolls sideways reachable by keyboard (WCAG 2.1.1): its scroll
 * container takes focus, so the arrow keys scroll it, and is a region named in Chinese. A table
 * that fits is left alone (no empty tab stop). antd gives no prop for the container's attributes,
 * so the layout watches the page for tables appearing and the window for a change of width.
 */
export function useKeyboardScrollableTables() {
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        markScrollRegions();
      });
    };
    schedule();
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
    };
  }, []);
}
