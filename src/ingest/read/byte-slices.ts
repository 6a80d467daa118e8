// A large file goes to a reading worker as a copy; made in one piece, a copy of hundreds of MB held up the page
// for 0.3–0.6 s. Sent in slices, it is many short tasks.

/** The size of one slice. */
export const SLICE_BYTES = 8 * 1024 * 1024;

/** A slice of a file on its way to a worker, with where it goes in the file. */
export interface ByteSlice {
  type: "slice";
  offset: number;
  bytes: Uint8Array;
}

/**
 * The page's side: copies `bytes` into slices of `sliceBytes` and posts each (transferred, so the page's own
 * bytes stay as they were), awaiting `betweenSlices` after each one.
 */
export async function sendInSlices(
  bytes: Uint8Array,
  post: (slice: ByteSlice, transfer: Transferable[]) => void,
  betweenSlices: () => Promise<void> = nextTask,
  sliceBytes = SLICE_BYTES,
): Promise<void> {
  for (let offset = 0; offset < bytes.length; offset += sliceBytes) {
    const copy = bytes.slice(offset, offset + sliceBytes);
    post({ type: "slice", offset, bytes: copy }, [copy.buffer]);
    await betweenSlices();
  }
}

/** The worker's side: puts the slices back together. Slices may come in any order; each byte is expected once. */
export class ByteAssembler {
  readonly bytes: Uint8Array;
  private received = 0;

  constructor(byteLength: number) {
    this.bytes = new Uint8Array(byteLength);
  }

  /** Puts one slice in place; true once the whole file is in. */
  add({ offset, bytes }: ByteSlice): boolean {
    this.bytes.set(bytes, offset);
    this.received += bytes.length;
    return this.complete();
  }

  complete(): boolean {
    return this.received >= this.bytes.length;
  }
}

/** A new task soon, also in a background tab (where setTimeout waits up to a second). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
