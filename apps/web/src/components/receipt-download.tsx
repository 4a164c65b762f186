import { FormattedMessage } from 'react-intl';

/** The signed receipt (a compact JWS) as a file to keep: `name` is the file's name, without its extension. */
export function ReceiptDownload({ receipt, name }: { receipt: string; name: string }) {
  return (
    <a href={`data:application/jose;charset=utf-8,${encodeURIComponent(receipt)}`} download={`${name}.jws`}>
      <FormattedMessage id="receiptDownload.link" defaultMessage="Download the signed receipt" />
    </a>
  );
}
