import { useState } from 'react';
import { session } from '../../../../auth';

/** Downloads the letter's signatories as CSV (an authenticated request, so not a plain link). */
export function useSignatoriesExport(slug: string) {
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);

  async function exportCsv() {
    setExporting(true);
    setExportFailed(false);
    try {
      const response = await fetch(`/letters/${encodeURIComponent(slug)}/signatories.csv`, {
        headers: { authorization: `Bearer ${session()?.accessToken ?? ''}` },
      });
      if (!response.ok) throw new Error(String(response.status));
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `${slug}-signatories.csv`;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  }

  return { exporting, exportFailed, exportCsv };
}
