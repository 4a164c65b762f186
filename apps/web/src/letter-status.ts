/** A letter's stage in words, as the public page, the letter's workspace and the start page show it. */
export function statusText(status: string): string {
  switch (status) {
    case 'DRAFT':
      return 'Draft';
    case 'OPEN':
      return 'Open for signatures';
    case 'CLOSED':
      return 'Closed';
    case 'DELIVERED':
      return 'Delivered';
    default:
      return status;
  }
}
