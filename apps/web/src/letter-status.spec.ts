import { statusMessage } from './letter-status';

describe('statusMessage', () => {
  it('words each stage of a letter', () => {
    expect(
      (['DRAFT', 'OPEN', 'CLOSED', 'DELIVERED'] as const).map((status) => statusMessage(status).defaultMessage),
    ).toEqual(['Draft', 'Open for signatures', 'Closed', 'Delivered']);
  });
});
