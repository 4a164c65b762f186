import { MailLanguage } from './mail-language';
import { formatMailTime, timeZoneOfRequest, validTimeZone } from './mail-time';

describe('mail times', () => {
  const at = new Date('2027-06-17T23:01:00Z');

  it('names the moment in the reader’s time zone and language, and in UTC when the zone is unknown', () => {
    expect(formatMailTime(at, MailLanguage.EN, 'Europe/London')).toContain('June 18, 2027');
    expect(formatMailTime(at, MailLanguage.ZH_HANT, 'Asia/Taipei')).toContain('2027年6月18日');
    expect(formatMailTime(at, MailLanguage.EN, undefined)).toContain('June 17, 2027 at 11:01:00 PM UTC');
    expect(formatMailTime(at, MailLanguage.EN, 'Mars/Olympus')).toContain('UTC');
  });

  it('takes only real IANA zones from a request', () => {
    expect(validTimeZone('Asia/Taipei')).toBe('Asia/Taipei');
    for (const bad of ['', 'Mars/Olympus', 'x'.repeat(65), 7, ['Asia/Taipei'], undefined]) {
      expect(validTimeZone(bad)).toBeUndefined();
    }
    expect(timeZoneOfRequest({ headers: { 'x-time-zone': 'Europe/London' } })).toBe('Europe/London');
    expect(timeZoneOfRequest(undefined)).toBeUndefined();
  });
});
