import { parquetMetadata, parquetRead, parquetSchema } from "hyparquet";
import { explainFailure } from "./ingest-error";
import { toRawString } from "./raw-value";
import type { StringColumns } from "./string-columns";
import { toArrayBuffer } from "./bytes";

/** Reads a Parquet file row group by row group into text columns (dates ISO, integers and decimals as digits). */
export async function readParquet(
  fileName: string,
  bytes: Uint8Array,
  onRowGroup?: (fraction: number) => void,
): Promise<StringColumns> {
  try {
    const file = toArrayBuffer(bytes);
    const metadata = parquetMetadata(file);
    const names = parquetSchema(metadata).children.map((child) => child.element.name);
    const rowCount = Number(metadata.num_rows);
    const columns = names.map(() => new Array<string | null>(rowCount));
    let rowStart = 0;
    for (const rowGroup of metadata.row_groups) {
      const rowEnd = rowStart + Number(rowGroup.num_rows);
      await parquetRead({
        file,
        metadata,
        columns: names,
        rowStart,
        rowEnd,
        onComplete: (rows) => {
          for (const [offset, row] of rows.entries()) {
            for (const [column, values] of columns.entries()) values[rowStart + offset] = toRawString(row[column]);
          }
        },
      });
      rowStart = rowEnd;
      onRowGroup?.(rowCount === 0 ? 1 : rowStart / rowCount);
    }
    return { names, columns, rowCount };
  } catch (error) {
    throw explainFailure(fileName, error, "unreadable_parquet", "is not a Parquet file this app can read (Snappy or uncompressed); save it again as Parquet with Snappy compression, or as CSV");
  }
}
