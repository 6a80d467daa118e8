/**
 * The words of a column header, lower-cased: `Customer ID`, `customer_id` and `CustomerID` all give
 * [customer, id]; full-width characters are folded (NFKC) and bracketed units such as `(元)` dropped.
 */
export function headerTokens(header: string): string[] {
  return header
    .normalize("NFKC")
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== "");
}

/** The header as one comparable key: its tokens joined (`customerid`, `客户编号`). */
export function headerKey(header: string): string {
  return headerTokens(header).join("");
}
