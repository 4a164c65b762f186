// The words the supporters' email links (confirm, withdraw, erase) share.

/** A link that expired, or whose data was already erased. */
export const EXPIRED_LINK = { NOT_FOUND: 'This link is not valid any more, or was already used to erase your data.' };
