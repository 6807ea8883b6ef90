import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildGraph, findViolations, parseModule, readSources } from "./import-rules";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The violations of a made-up tree, given as path → source. */
function violationsOf(tree: Record<string, string>): string[] {
  return findViolations(buildGraph(new Map(Object.entries(tree))));
}

describe("the repository's imports", () => {
  it("keep every rule of docs/ARCHITECTURE.md", () => {
    const sources = readSources(ROOT);
    // A walk that found nothing would pass whatever the imports were.
    expect(sources.size).toBeGreaterThan(100);
    expect(findViolations(buildGraph(sources))).toEqual([]);
  });
});

describe("the import rules", () => {
  it("refuse a component importing app/", () => {
    expect(
      violationsOf({
        "components/history/table.tsx": 'import { x } from "@/app/history/helpers";',
        "app/history/helpers.ts": "export const x = 1;",
      }),
    ).toEqual(["components/ must not import app/: components/history/table.tsx → app/history/helpers.ts"]);
  });

  it("refuse a component reaching app/ through lib/", () => {
    expect(
      violationsOf({
        "components/a.tsx": 'import { b } from "../lib/b";',
        "lib/b.ts": 'export { c as b } from "@/app/c";',
        "app/c.ts": "export const c = 1;",
      }),
    ).toEqual(["components/ must not import app/: components/a.tsx → lib/b.ts → app/c.ts"]);
  });

  it.each([
    ["lib/messages/x.ts", "lib/db/queries.ts"],
    ["lib/messages/x.ts", "lib/env.ts"],
    ["lib/whatsapp/x.ts", "lib/connectly/client.ts"],
  ])("refuse %s importing %s", (from, to) => {
    const violations = violationsOf({ [from]: `import { y } from "@/${to.replace(/\.ts$/, "")}";`, [to]: "" });
    expect(violations).toEqual([
      `lib/messages and lib/whatsapp must not import lib/db, lib/env or lib/connectly: ${from} → ${to}`,
    ]);
  });

  it("refuse lib/connectly and lib/db importing each other", () => {
    expect(
      violationsOf({
        "lib/connectly/client.ts": 'import { db } from "../db/client";',
        "lib/db/client.ts": 'import "@/lib/connectly/errors";',
        "lib/connectly/errors.ts": "",
      }),
    ).toEqual([
      "lib/connectly must not import lib/db: lib/connectly/client.ts → lib/db/client.ts",
      "lib/db must not import lib/connectly: lib/db/client.ts → lib/connectly/errors.ts",
    ]);
  });

  it("refuse a client module reaching a server-only one through others", () => {
    expect(
      violationsOf({
        "components/a.tsx": '"use client";\nimport { b } from "./b";',
        "components/b.ts": 'import { env } from "@/lib/env";',
        "lib/env.ts": 'import "server-only";\nexport const env = {};',
      }),
    ).toEqual([
      'a "use client" module must not import a server-only one: components/a.tsx → components/b.ts → lib/env.ts',
    ]);
  });

  it("refuse a client module that imports server-only itself", () => {
    expect(violationsOf({ "components/a.tsx": '"use client";\nimport "server-only";' })).toHaveLength(1);
  });

  it("let a client module call a server action, which reaches it only as a reference", () => {
    expect(
      violationsOf({
        "components/a.tsx": '"use client";\nimport { send } from "@/lib/actions/send";',
        "lib/actions/send.ts": '"use server";\nimport { db } from "@/lib/db";',
        "lib/db.ts": 'import "server-only";',
      }),
    ).toEqual([]);
  });

  it("let a client module import only the types of a server-only one", () => {
    expect(
      violationsOf({
        "components/a.tsx": '"use client";\nimport type { Row } from "@/lib/db";\nimport { type Id } from "@/lib/db";',
        "lib/db.ts": 'import "server-only";',
      }),
    ).toEqual([]);
  });

  it("refuse production code importing test-support/, and let tests do it", () => {
    expect(
      violationsOf({
        "lib/db/queries.ts": 'import { testEngines } from "@/test-support/db-engines";',
        "lib/db/queries.test.ts": 'import { testEngines } from "@/test-support/db-engines";',
        "test-support/db-engines.ts": "",
      }),
    ).toEqual(["only tests import test-support/: lib/db/queries.ts → test-support/db-engines.ts"]);
  });

  it("count dynamic imports, which a bundler follows too", () => {
    expect(parseModule("a.tsx", 'const C = dynamic(() => import("./c"));').specifiers).toEqual(["./c"]);
  });

  it("read the directive only from the first statement", () => {
    expect(parseModule("a.ts", 'import "x";\n"use client";').directive).toBeNull();
    expect(parseModule("a.ts", '"use server";\nimport "x";').directive).toBe("use server");
  });
});
