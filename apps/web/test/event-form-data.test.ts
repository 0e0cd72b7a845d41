import { describe, expect, it } from 'vitest';
import {
  calendarUrl,
  eventAttachmentUrl,
  multipartOf,
} from '@/features/events/api/event-form-data';

const pdf = (name: string) => new File(['%PDF-1.4'], name, { type: 'application/pdf' });

describe('multipartOf', () => {
  it('sends the text fields that have a value and leaves out the empty ones', () => {
    const body = multipartOf(
      {
        name: '胡振华',
        gender: 'MALE',
        position: '',
        phone: undefined,
        mobile: '13807691012',
      },
      [],
    );
    expect(body).toBeInstanceOf(FormData);
    expect([...body.keys()]).toEqual(['name', 'gender', 'mobile']);
    expect(body.get('name')).toBe('胡振华');
    expect(body.get('mobile')).toBe('13807691012');
    expect(body.has('position')).toBe(false);
    expect(body.has('phone')).toBe(false);
  });

  it('is multipart without files too, with no attachments part', () => {
    const body = multipartOf({ reason: '工作冲突' }, []);
    expect(body).toBeInstanceOf(FormData);
    expect(body.getAll('attachments')).toEqual([]);
  });

  it('puts every file under attachments with its own name, in order', () => {
    const body = multipartOf({ reason: '身体原因', detail: '住院' }, [
      pdf('诊断证明.pdf'),
      pdf('scan.pdf'),
    ]);
    const files = body.getAll('attachments') as File[];
    expect(files.map((file) => file.name)).toEqual(['诊断证明.pdf', 'scan.pdf']);
    expect(files.every((file) => file.type === 'application/pdf')).toBe(true);
    expect(body.get('detail')).toBe('住院');
  });
});

describe('the download addresses', () => {
  it('escape the ids', () => {
    expect(calendarUrl('a/b')).toBe('/api/event-registrations/a%2Fb/calendar.ics');
    expect(eventAttachmentUrl('f 1')).toBe('/api/event-attachments/f%201');
  });
});
