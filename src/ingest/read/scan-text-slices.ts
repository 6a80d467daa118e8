import { scanDelimitedText, type ScanDialect, type TextScan } from "./scan-text";

/** What the page sends the scan's worker: the file's length first, then its bytes a slice at a time. */
export type ScanWorkerRequest =
  | { type: "start"; byteLength: number; dialect: ScanDialect }
  | { type: "slice"; offset: number; bytes: Uint8Array };

/**
 * The worker's side: puts the slices back together in one buffer and scans it once the last byte is in.
 * Slices may come in any order; each byte is expected once.
 */
export class ScanReceiver {
  private readonly file: Uint8Array;
  private received = 0;

  constructor(
    byteLength: number,
    private readonly dialect: ScanDialect,
  ) {
    this.file = new Uint8Array(byteLength);
  }

  /** The scan once the whole file is in; undefined until then. */
  receive(offset: number, bytes: Uint8Array): TextScan | undefined {
    this.file.set(bytes, offset);
    this.received += bytes.length;
    return this.complete() ? scanDelimitedText(this.file, this.dialect) : undefined;
  }

  complete(): boolean {
    return this.received >= this.file.length;
  }

  /** For an empty file, which has no slice to wait for. */
  scanNow(): TextScan {
    return scanDelimitedText(this.file, this.dialect);
  }
}

/**
 * The page's side: copies `bytes` into slices of `sliceBytes` and posts each (transferred), awaiting
 * `betweenSlices` after each one, so copying a file of hundreds of MB is many short tasks, not one long one.
 */
export async function sendInSlices(
  bytes: Uint8Array,
  sliceBytes: number,
  post: (request: ScanWorkerRequest, transfer: Transferable[]) => void,
  betweenSlices: () => Promise<void>,
): Promise<void> {
  for (let offset = 0; offset < bytes.length; offset += sliceBytes) {
    const slice = bytes.slice(offset, offset + sliceBytes);
    post({ type: "slice", offset, bytes: slice }, [slice.buffer]);
    await betweenSlices();
  }
}
