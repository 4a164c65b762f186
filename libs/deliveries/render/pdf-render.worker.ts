import { parentPort } from 'node:worker_threads';
import { typesetPdf, type LetterContent } from './letter-renderer';

// Typesets PDFs off the main thread: a long letter takes seconds of CPU, and the API must keep
// answering meanwhile. One job at a time, in the order sent.
parentPort?.on('message', (job: { id: number; content: LetterContent }) => {
  typesetPdf(job.content).then(
    (pdf) => parentPort?.postMessage({ id: job.id, pdf }),
    (error: Error) => parentPort?.postMessage({ id: job.id, error: error.message }),
  );
});
