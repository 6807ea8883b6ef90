/**
 * The typing benchmark's floor: a bare React page with one controlled textarea echoing into a div, bundled here
 * with esbuild from the production builds of the app's own react and react-dom, and served by the benchmark on
 * its own port (not a route of the app, so none of the app's code runs on it). The textarea and the echo carry
 * the composers' names ("Message text", and the figure "Message preview"), so the same measurement runs on both.
 */
import { createServer, type Server } from "node:http";
import { build } from "esbuild";

const SOURCE = `
import { useState } from "react";
import { createRoot } from "react-dom/client";

function Floor() {
  const [text, setText] = useState("");
  return (
    <main>
      <label htmlFor="text">Message text</label>
      <textarea id="text" rows={8} cols={60} value={text} onChange={(event) => setText(event.target.value)} />
      <figure aria-label="Message preview" style={{ whiteSpace: "pre-wrap" }}>{text}</figure>
    </main>
  );
}

createRoot(document.getElementById("root")).render(<Floor />);
`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: SOURCE, loader: "jsx", resolveDir: process.cwd() },
    bundle: true,
    minify: true,
    write: false,
    format: "iife",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "silent",
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error("esbuild produced no floor bundle");
  return file.text;
}

/** Serves the floor page at `/` on 127.0.0.1:`port` until `close()`. */
export async function serveFloorPage(port: number): Promise<{ url: string; close: () => Promise<void> }> {
  const script = await bundle();
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Typing floor</title></head><body><div id="root"></div><script src="/floor.js"></script></body></html>`;
  const server: Server = createServer((request, response) => {
    const isScript = request.url === "/floor.js";
    response.writeHead(200, { "content-type": isScript ? "text/javascript" : "text/html; charset=utf-8" });
    response.end(isScript ? script : html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", resolve);
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
