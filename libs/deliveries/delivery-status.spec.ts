import { DeliveryStatus, movesForward } from './delivery-status';

describe('movesForward', () => {
  it.each([
    [DeliveryStatus.PENDING, DeliveryStatus.SENT, true],
    [DeliveryStatus.SENT, DeliveryStatus.ACKNOWLEDGED, true],
    [DeliveryStatus.ACKNOWLEDGED, DeliveryStatus.SENT, false],
    [DeliveryStatus.RESPONDED, DeliveryStatus.ACKNOWLEDGED, false],
    [DeliveryStatus.FAILED, DeliveryStatus.DELIVERED, true],
    [DeliveryStatus.SENT, DeliveryStatus.FAILED, false],
    [DeliveryStatus.SENT, DeliveryStatus.SENT, false],
  ])('%s -> %s: %s', (from, to, expected) => {
    expect(movesForward(from, to)).toBe(expected);
  });
});
