import { statusText } from './letter-status';

describe('statusText', () => {
  it('words each stage of a letter', () => {
    expect(['DRAFT', 'OPEN', 'CLOSED', 'DELIVERED'].map(statusText)).toEqual([
      'Draft',
      'Open for signatures',
      'Closed',
      'Delivered',
    ]);
  });

  it('shows a stage it does not know as it is', () => {
    expect(statusText('ARCHIVED')).toBe('ARCHIVED');
  });
});
