import { describe, expect, it } from 'vitest';
import { isBreakableAnywhere, wrapText, type MeasureText } from '../../src/lib/pdf/text-wrap.ts';

// A font-free measure: CJK and full-width characters are 1 wide, everything else ½ (like a real
// CJK font at 1 pt, roughly), so the expected lines can be worked out by hand.
const measure: MeasureText = (text) =>
  [...text].reduce((sum, ch) => sum + (isBreakableAnywhere(ch.codePointAt(0) ?? 0) ? 1 : 0.5), 0);

describe('wrapText', () => {
  it('breaks Chinese text between any two characters', () => {
    expect(wrapText('北京市东江律师事务所', 4, measure)).toEqual(['北京市东', '江律师事', '务所']);
  });

  it('breaks Latin text only between words and drops the space at the break', () => {
    expect(wrapText('China University of Political Science', 9, measure)).toEqual([
      'China University',
      'of Political',
      'Science',
    ]);
  });

  it('mixes both: a Latin word stays whole among Chinese characters', () => {
    expect(wrapText('工作语言普通话English粤语', 8, measure)).toEqual([
      '工作语言普通话',
      'English粤语',
    ]);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    expect(wrapText('一二三，四五', 3, measure)).toEqual(['一二', '三，四', '五']);
    expect(wrapText('一二（三）四', 3, measure)).toEqual(['一二', '（三）', '四']);
    expect(wrapText('公司法、证券', 3, measure)).toEqual(['公司', '法、证', '券']);
  });

  it('keeps a dotted number or address together while it fits', () => {
    // Split at the dot, "一二3." would fit the first line.
    expect(wrapText('一二3.14', 3.5, measure)).toEqual(['一二', '3.14']);
    expect(wrapText('邮箱a.b@c.cn', 5, measure)).toEqual(['邮箱', 'a.b@c.cn']);
  });

  it('cuts a word wider than the line by character instead of overflowing', () => {
    const lines = wrapText('ouyang.xiaowen@dongjiang-law.example.com', 10, measure);
    expect(lines.join('')).toBe('ouyang.xiaowen@dongjiang-law.example.com');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(10);
  });

  it('keeps hard line breaks, blank lines and a leading indent', () => {
    expect(wrapText('第一行\r\n\n第三行', 10, measure)).toEqual(['第一行', '', '第三行']);
    expect(wrapText('\u3000\u3000兹证明', 10, measure)).toEqual(['\u3000\u3000兹证明']);
    expect(wrapText('', 10, measure)).toEqual(['']);
  });

  it('never produces a line wider than the limit when every character fits', () => {
    const text = '2010-09 至 2014-06　中国政法大学　法学专业　本科（LL.B., CUPL）；'.repeat(5);
    for (const width of [3, 7.5, 12, 40]) {
      const lines = wrapText(text, width, measure);
      for (const line of lines) {
        expect(measure(line)).toBeLessThanOrEqual(width);
        expect(line).not.toMatch(/^ | $/);
      }
      expect(lines.join('').replace(/[\s\u3000]/g, '')).toBe(text.replace(/[\s\u3000]/g, ''));
    }
  });
});
