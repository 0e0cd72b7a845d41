import { legacyLogicalPropertiesTransformer } from '@ant-design/cssinjs';
import type { CSSObject } from '@ant-design/cssinjs';

/** The selectors of a list, split at its top-level commas (not those inside `:has(…)`). */
function selectorsOf(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts.map((p) => p.trim());
}

/**
 * Chrome 86 does not know `:has(` and drops a rule whose selector list has one anywhere, with the
 * list's other selectors. antd writes a few such lists (`&:focus-visible, &:has(> :focus-visible)`):
 * they become two rules, one Chrome 86 keeps and one for browsers that have `:has(`.
 */
export const splitHasSelectors = {
  visit(style: CSSObject): CSSObject {
    const out: CSSObject = {};
    for (const [key, value] of Object.entries(style)) {
      const parts = key.includes(':has(') && key.includes(',') ? selectorsOf(key) : [key];
      const withHas = parts.filter((p) => p.includes(':has('));
      const without = parts.filter((p) => !p.includes(':has('));
      if (withHas.length > 0 && without.length > 0) {
        out[without.join(', ')] = value;
        out[withHas.join(', ')] = value;
      } else {
        out[key] = value;
      }
    }
    return out;
  },
};

/**
 * antd's styles as Chrome 86 (360 Browser's compatibility mode, issue 19) can use: logical
 * properties it lacks (`inset`, `margin-inline`, `padding-block`…) as left/right/top/bottom, and
 * no `:has(` beside selectors it knows. With `hashPriority="high"` on the StyleProvider (no
 * `:where(`).
 */
export const legacyCssTransformers = [legacyLogicalPropertiesTransformer, splitHasSelectors];
