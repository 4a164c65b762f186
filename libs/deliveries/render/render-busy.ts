import type { Response } from 'express';
import { ErrorCode } from '@undersigned/common';
import { RenderQueueFull } from './render-thread';

/**
 * Answers 503 with Retry-After when a reader's render was refused because the queue is full, and
 * returns true; anything else is left to the caller (and the global filter).
 */
export function answeredBusy(error: unknown, response: Response): boolean {
  if (!(error instanceof RenderQueueFull)) return false;
  response
    .status(503)
    .setHeader('Retry-After', String(error.retryAfterSeconds))
    .setHeader('Cache-Control', 'no-store')
    .json({ error: { code: ErrorCode.INTERNAL_SERVER_ERROR, message: error.message } });
  return true;
}
