/** Reads a picked/dropped file chunk by chunk so a large file shows progress while it is read. */
export async function readFileWithProgress(file: File, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const bytes = new Uint8Array(file.size);
  let offset = 0;
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes.set(value, offset);
    offset += value.byteLength;
    onProgress(file.size ? offset / file.size : 1);
  }
  return offset === bytes.length ? bytes : bytes.subarray(0, offset);
}
