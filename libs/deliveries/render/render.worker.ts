import { parentPort } from 'node:worker_threads';
import { renderHtml, renderMarkdown, renderText, typesetPdf } from './letter-renderer';
import type { RenderJob, RenderReply } from './render-thread';

// Renders off the main thread: a long letter takes seconds of CPU (typesetting, and Markdown that
// markdown-it takes seconds over), and the API must keep answering meanwhile. One job at a time,
// in the order sent.
async function render(job: RenderJob): Promise<Omit<RenderReply, 'id'>> {
  switch (job.kind) {
    case 'pdf':
      return { pdf: await typesetPdf(job.content) };
    case 'edition': {
      const pdf = await typesetPdf(job.content);
      return { html: renderHtml(job.content), text: renderText(job.content), pdf };
    }
    case 'markdown':
      return { html: renderMarkdown(job.body) };
  }
}

parentPort?.on('message', ({ id, job }: { id: number; job: RenderJob }) => {
  render(job).then(
    (reply) => parentPort?.postMessage({ id, ...reply }),
    (error: Error) => parentPort?.postMessage({ id, error: error.message }),
  );
});
