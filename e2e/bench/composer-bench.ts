/**
 * Benchmark, not a test: prints keystroke-to-preview latency measured in Chromium, each composer beside the
 * machine's own floor measured in the same browser and run, and the routes' JS size. Run with `npm run bench`
 * (builds first); `-- --rounds N` repeats every measurement N times in the same browser and prints the spread.
 * Targets: every composer at most 2x the floor at p95, and First Load JS under 200 kB gzip.
 * Ports: BENCH_PORT (default 3222) for the app, the next one for the floor page.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "@playwright/test";
import { fillCarouselTemplate, fillFullList, fillFullProducts, fillReplyButtons, formattedText } from "./composer-fill";
import { percentile } from "./figures";
import { serveFloorPage } from "./floor-page";

const PORT = Number(process.env.BENCH_PORT ?? 3222);
const BASE = `http://127.0.0.1:${PORT}`;
const KEYSTROKES = 200;
const TARGET = 2;
const roundsFlag = process.argv.indexOf("--rounds");
const ROUNDS = roundsFlag > 0 ? Number(process.argv[roundsFlag + 1]) : 1;

async function startServer(dataDir: string) {
  const server = spawn("npx", ["next", "start", "-p", String(PORT)], {
    env: {
      ...process.env,
      PGLITE_DIR: path.join(dataDir, "pglite"),
      NEXT_TELEMETRY_DISABLED: "1",
      CONNECTLY_API_KEY: "",
      PORT: String(PORT),
    },
    stdio: "ignore",
    detached: true,
  });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/sign-in`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("next start did not come up within 60 s");
}

/**
 * Latency of one real keystroke: from the keydown event's timestamp to the moment the preview's DOM holds the new
 * text. The browser paints it at its next frame; which point of the frame a key lands on is not the app's doing.
 * The floor page is measured the same way: its echo is the "Message preview" figure, its textarea "Message text".
 */
async function measureTyping(page: Page, field: string): Promise<number[]> {
  await page.evaluate(() => {
    const log = document.querySelector('figure[aria-label="Message preview"]')!;
    const w = window as unknown as { __lat: number[]; __down: number | null };
    w.__lat = [];
    w.__down = null;
    document.addEventListener("keydown", (e) => (w.__down = e.timeStamp), true);
    new MutationObserver(() => {
      const down = w.__down;
      if (down === null) return;
      w.__down = null;
      w.__lat.push(performance.now() - down);
    }).observe(log, { subtree: true, childList: true, characterData: true });
  });
  const input = page.getByLabel(field, { exact: true }).first();
  await input.focus();
  await input.press("End");
  for (let i = 0; i < KEYSTROKES; i++) {
    await page.keyboard.press(i % 2 === 0 ? "x" : "Backspace");
    await page.waitForTimeout(5);
  }
  await page.waitForTimeout(100);
  const latencies = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  if (latencies.length === 0) throw new Error(`typing in ${field}: the preview never changed`);
  return latencies;
}

interface Case {
  name: string;
  /** Opens the page and fills it; returns the label of the field to type in. */
  open: (page: Page, floorUrl: string) => Promise<string>;
}

async function compose(page: Page, route: string, fill: (page: Page) => Promise<void>) {
  await page.goto(`${BASE}${route}`);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await page.getByRole("button", { name: "Send" }).waitFor();
  await fill(page);
}

const FLOOR: Case = {
  name: "floor: bare React textarea echoing into a div",
  open: async (page, floorUrl) => {
    await page.goto(floorUrl);
    return "Message text";
  },
};

/**
 * Not a composer: the floor holding the text case's 4,000 characters. The floor above holds one character, and a
 * textarea's edit is laid out over all its text, so this shows how much of the text case's ratio is the browser's
 * own cost of that text rather than the composer's.
 */
const FLOOR_FULL: Case = {
  name: "floor holding the text case's 4,000 characters",
  open: async (page, floorUrl) => {
    await page.goto(floorUrl);
    await page.getByLabel("Message text").fill(formattedText(4000));
    return "Message text";
  },
};

const TEXT_CASE = "text, 4,000 formatted characters";

const COMPOSERS: Case[] = [
  {
    name: TEXT_CASE,
    open: async (page) => {
      await compose(page, "/compose/text", (p) => p.getByLabel("Message text").fill(formattedText(4000)));
      return "Message text";
    },
  },
  {
    name: "list, 10 rows in 3 sections (typing in the body)",
    open: async (page) => {
      await compose(page, "/compose/list", fillFullList);
      return "Message text";
    },
  },
  {
    name: "reply buttons, 3 buttons (typing in the body)",
    open: async (page) => {
      await compose(page, "/compose/buttons", fillReplyButtons);
      return "Message text";
    },
  },
  {
    name: "products, 30 items in 3 sections (typing in the body)",
    open: async (page) => {
      await compose(page, "/compose/products", fillFullProducts);
      return "Message text";
    },
  },
  {
    name: "template, carousel of 3 cards (typing a body variable)",
    open: async (page) => {
      await compose(page, "/compose/template", fillCarouselTemplate);
      return "Body variable {{1}}";
    },
  },
];

interface Figures {
  p50: number;
  p95: number;
  count: number;
}

function figures(latencies: number[]): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), count: sorted.length };
}

const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(9);

/** One round: the floor before and after the composers (their pooled keystrokes are the floor), each composer between. */
async function round(page: Page, floorUrl: string, n: number): Promise<Map<string, number>> {
  const measure = async (c: Case) => measureTyping(page, await c.open(page, floorUrl));
  const before = await measure(FLOOR);
  const full = figures(await measure(FLOOR_FULL));
  const results: [string, Figures][] = [];
  for (const c of COMPOSERS) results.push([c.name, figures(await measure(c))]);
  const after = await measure(FLOOR);
  const floor = figures([...before, ...after]);
  const [start] = loadavg();
  console.log(`\nRound ${n} of ${ROUNDS}, ${KEYSTROKES} keystrokes each, load average ${start?.toFixed(1)}:`);
  console.log(`${"case".padEnd(58)}      p50       p95  p95 / floor p95`);
  console.log(
    `${FLOOR.name.padEnd(58)}${ms(floor.p50)} ${ms(floor.p95)}  (before ${figures(before).p95.toFixed(1)}, after ${figures(after).p95.toFixed(1)})`,
  );
  const ratios = new Map<string, number>();
  for (const [name, f] of results) {
    const ratio = f.p95 / floor.p95;
    ratios.set(name, ratio);
    console.log(
      `${name.padEnd(58)}${ms(f.p50)} ${ms(f.p95)}  ${`${ratio.toFixed(2)}x`.padStart(6)} ${ratio <= TARGET ? "" : `OVER ${TARGET}x`}`,
    );
  }
  console.log(
    `${FLOOR_FULL.name.padEnd(58)}${ms(full.p50)} ${ms(full.p95)}  ${`${(full.p95 / floor.p95).toFixed(2)}x`.padStart(6)} (reference)`,
  );
  const text = results.find(([name]) => name === TEXT_CASE)?.[1];
  if (text) {
    const sameText = text.p95 / full.p95;
    ratios.set(`${TEXT_CASE}, against that floor`, sameText);
    console.log(
      `${`${TEXT_CASE}, against that floor`.padEnd(58)}${" ".repeat(19)}  ${`${sameText.toFixed(2)}x`.padStart(6)}`,
    );
  }
  return ratios;
}

function bundleStats() {
  const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8")) as {
    route: string;
    firstLoadChunkPaths: string[];
  }[];
  for (const entry of stats.filter((s) => s.route.startsWith("/compose") || s.route.startsWith("/history"))) {
    const gzip = entry.firstLoadChunkPaths.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
    console.log(
      `First Load JS ${entry.route}: ${(gzip / 1024).toFixed(1)} kB gzip ${gzip < 200 * 1024 ? "(under 200 kB)" : "(OVER 200 kB)"}`,
    );
  }
}

/** The dashboard needs a session: the benchmark's fresh database gets its first account, as a newcomer's would. */
async function createFirstAccount(page: Page) {
  await page.goto(`${BASE}/setup`);
  await page.getByLabel("Name").fill("Bench");
  await page.getByLabel("Email").fill("bench@example.com");
  await page.getByLabel("Password").fill("benchmark password");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL(`${BASE}/compose/text`);
}

async function transferredJs(page: Page, route: string) {
  await page.goto(`${BASE}${route}`);
  await page.getByRole("button", { name: "Send" }).waitFor();
  const bytes = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === "script" || e.name.endsWith(".js"))
      .reduce((sum, e) => sum + (e as PerformanceResourceTiming).encodedBodySize, 0),
  );
  console.log(
    `JS transferred opening ${route} (compressed, incl. its composer chunk): ${(bytes / 1024).toFixed(1)} kB`,
  );
}

// The browser and the floor first: if either cannot start, no server is left running.
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-quic"],
});
const floorPage = await serveFloorPage(PORT + 1);
const dataDir = mkdtempSync(path.join(tmpdir(), "composer-bench-"));
const server = await startServer(dataDir);
try {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  console.log(
    `Machine: ${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.versions.node}, ${browser.version()}.`,
  );
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await createFirstAccount(page);
  bundleStats();
  await transferredJs(page, "/compose/text");
  await transferredJs(page, "/compose/list");

  const spread = new Map<string, number[]>();
  for (let n = 1; n <= ROUNDS; n++) {
    for (const [name, ratio] of await round(page, floorPage.url, n))
      spread.set(name, [...(spread.get(name) ?? []), ratio]);
  }
  if (ROUNDS > 1) {
    console.log(`\nSpread of p95 / floor p95 over ${ROUNDS} rounds (min – max):`);
    for (const [name, ratios] of spread) {
      console.log(`${name.padEnd(58)}${Math.min(...ratios).toFixed(2)}x – ${Math.max(...ratios).toFixed(2)}x`);
    }
  }
} finally {
  await browser.close();
  await floorPage.close();
  try {
    process.kill(-server.pid!, "SIGTERM");
  } catch {
    // already gone: the error that ended the run is the one to read
  }
  rmSync(dataDir, { recursive: true, force: true });
}
