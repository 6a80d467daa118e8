import { chromium, type Browser, type Page } from "playwright-core";
import { preview, type PreviewServer } from "vite";

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  origin: string;
  /**
   * Opens the app in a new page that records console errors and every request. With `userDataDir`, the page
   * runs in its own Chromium with that persistent profile (closing the page's context closes that Chromium).
   */
  open(viewport?: { width: number; height: number }, options?: { userDataDir?: string }): Promise<AppPage>;
  close(): Promise<void>;
}

export interface AppPage {
  page: Page;
  consoleErrors: string[];
  offOriginRequests: string[];
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Serves the built app (`dist/`, with its CSP header) and starts headless Chromium. */
export async function startHarness(): Promise<Harness> {
  const server = await preview({ preview: { port: 0, host: "127.0.0.1", strictPort: false }, logLevel: "error" });
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, "") ?? "";
  if (!origin) throw new Error("vite preview did not report its address");
  const args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args });
  return {
    browser,
    server,
    origin,
    async open(viewport = { width: 1280, height: 720 }, options = {}) {
      const contextOptions = { viewport, acceptDownloads: true, locale: "en-US" };
      const context = options.userDataDir
        ? await chromium.launchPersistentContext(options.userDataDir, { executablePath: CHROMIUM, args, ...contextOptions })
        : await browser.newContext(contextOptions);
      const page = context.pages()[0] ?? (await context.newPage());
      const consoleErrors: string[] = [];
      const offOriginRequests: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") consoleErrors.push(message.text());
      });
      page.on("pageerror", (error) => consoleErrors.push(error.message));
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith("blob:") && !url.startsWith("data:")) offOriginRequests.push(url);
      });
      await page.goto(`${origin}/`);
      return { page, consoleErrors, offOriginRequests };
    },
    async close() {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    },
  };
}
