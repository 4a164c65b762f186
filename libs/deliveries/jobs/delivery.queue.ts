export const DELIVERY_QUEUE = 'deliveries.send';

export interface DeliveryJobData {
  deliveryId: string;
}
