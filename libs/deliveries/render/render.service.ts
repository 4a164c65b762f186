import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@undersigned/common';
import type { LetterContent } from './letter-renderer';
import { RenderThread, type RenderedEdition } from './render-thread';

/**
 * The process's two render threads. Readers' renders (a letter's PDF as it stands, a verification
 * page's text) wait in a queue of at most RENDER_QUEUE_LIMIT and are refused beyond it
 * (RenderQueueFull: 503 with Retry-After); deliveries render on a thread of their own, so a
 * delivery never waits behind what anonymous readers asked for.
 */
@Injectable()
export class RenderService implements OnApplicationShutdown {
  private readonly readers: RenderThread;
  private readonly deliveries = new RenderThread(null);

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.readers = new RenderThread(config.renderQueueLimit);
  }

  /** A letter's PDF for a reader; rejects with RenderQueueFull when the readers' queue is full. */
  readerPdf(content: LetterContent): Promise<Buffer> {
    return this.readers.pdf(content);
  }

  /** Markdown as HTML for a reader; rejects with RenderQueueFull when the readers' queue is full. */
  readerMarkdown(body: string): Promise<string> {
    return this.readers.markdown(body);
  }

  /** The edition being delivered: its HTML, text and PDF. */
  edition(content: LetterContent): Promise<RenderedEdition> {
    return this.deliveries.edition(content);
  }

  /** A PDF that goes with a delivery (the supporters' annex). */
  deliveryPdf(content: LetterContent): Promise<Buffer> {
    return this.deliveries.pdf(content);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.readers.stop(), this.deliveries.stop()]);
  }
}
