import { describe, expect, it } from 'vitest';
import {
  circulationText,
  formatFileSize,
  paragraphsOf,
  readTotalText,
  unreadText,
} from '@/features/documents/components/document-texts';

describe('paragraphsOf', () => {
  it('makes a paragraph of each line, whatever the line break', () => {
    expect(paragraphsOf('第一段\n第二段\r\n第三段\r第四段')).toEqual([
      '第一段',
      '第二段',
      '第三段',
      '第四段',
    ]);
  });

  it('drops blank lines and the indentation typed by hand', () => {
    expect(
      paragraphsOf('\n\u3000\u3000各律师事务所：\n\n   \n  现将有关事项通知如下。  \n'),
    ).toEqual(['各律师事务所：', '现将有关事项通知如下。']);
  });

  it('keeps the text as text, markup included', () => {
    expect(paragraphsOf('<b>注意</b>')).toEqual(['<b>注意</b>']);
  });

  it('has no paragraph for an empty body', () => {
    expect(paragraphsOf('')).toEqual([]);
    expect(paragraphsOf(' \n\u3000')).toEqual([]);
  });
});

describe('the words of the page', () => {
  it('says whom it went to and how many have read it', () => {
    expect(circulationText({ label: '全部法律援助律师', readCount: 3, recipientCount: 40 })).toBe(
      '传阅给：全部法律援助律师（已阅 3 / 共 40）',
    );
    expect(readTotalText({ readCount: 0, recipientCount: 12 })).toBe('共 12 人，已阅 0 人');
  });

  it('counts the unread documents', () => {
    expect(unreadText(3)).toBe('未读 3 份');
    expect(unreadText(0)).toBe('没有未读公文');
  });

  it('writes file sizes', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(2048)).toBe('2.0 KB');
    expect(formatFileSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
