/** An error the view can explain in the user's language (`userMessage` reads messageKey and params). */
export class ClvError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(messageKey);
    this.name = "ClvError";
  }
}
