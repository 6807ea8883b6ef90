import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/**
 * Which folder may import which (docs/ARCHITECTURE.md), checked over the import graph of the sources. Every rule
 * holds through other modules too: a component that imports a lib module that imports app/ breaks the first rule.
 */
export interface ImportRule {
  name: string;
  /** The modules the rule is about. */
  from: (file: string) => boolean;
  /** What they must not reach. */
  to: (file: string) => boolean;
}

const under = (...folders: string[]) => {
  return (file: string) => folders.some((folder) => file === folder || file.startsWith(`${folder}/`));
};
const isModule = (...names: string[]) => {
  return (file: string) => names.some((name) => file.replace(/\.tsx?$/, "") === name);
};

export const IMPORT_RULES: ImportRule[] = [
  { name: "components/ must not import app/", from: under("components"), to: under("app") },
  {
    name: "lib/messages and lib/whatsapp must not import lib/db, lib/env or lib/connectly",
    from: under("lib/messages", "lib/whatsapp"),
    to: (file) => under("lib/db", "lib/connectly")(file) || isModule("lib/env")(file),
  },
  { name: "lib/connectly must not import lib/db", from: under("lib/connectly"), to: under("lib/db") },
  { name: "lib/db must not import lib/connectly", from: under("lib/db"), to: under("lib/connectly") },
  {
    name: "only tests import test-support/",
    from: (file) => !under("test-support")(file),
    to: under("test-support"),
  },
];

export interface ModuleInfo {
  /** "use client" or "use server" when the module starts with that directive. */
  directive: "use client" | "use server" | null;
  /** Whether it has `import "server-only"`. */
  serverOnly: boolean;
  /** The repository files it imports at run time; type-only imports are erased by the compiler, so not counted. */
  imports: string[];
}

export type ModuleGraph = Map<string, ModuleInfo>;

/** The run-time import specifiers of one module and its directive, read with the TypeScript parser. */
export function parseModule(
  file: string,
  source: string,
): { directive: ModuleInfo["directive"]; specifiers: string[] } {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const specifiers: string[] = [];
  let directive: ModuleInfo["directive"] = null;
  for (const [index, statement] of sourceFile.statements.entries()) {
    if (index === 0 && ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) {
      const text = statement.expression.text;
      if (text === "use client" || text === "use server") directive = text;
    }
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (!isErasedImport(statement.importClause)) specifiers.push(statement.moduleSpecifier.text);
    }
    if (
      ts.isExportDeclaration(statement) &&
      !statement.isTypeOnly &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) specifiers.push(argument.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { directive, specifiers };
}

/** `import type { A }` and `import { type A }` leave nothing behind once compiled. */
function isErasedImport(clause: ts.ImportClause | undefined): boolean {
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || !ts.isNamedImports(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

const EXTENSIONS = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"];

/** The repository file an import points at, or null for a package (or a file that does not exist). */
export function resolveImport(from: string, specifier: string, exists: (file: string) => boolean): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (/\.tsx?$/.test(candidate) && exists(candidate)) return candidate;
  }
  return null;
}

/** The graph of the given sources, keyed by repository-relative path. */
export function buildGraph(sources: Map<string, string>): ModuleGraph {
  const graph: ModuleGraph = new Map();
  for (const [file, source] of sources) {
    const { directive, specifiers } = parseModule(file, source);
    graph.set(file, {
      directive,
      serverOnly: specifiers.includes("server-only"),
      imports: specifiers
        .map((specifier) => resolveImport(file, specifier, (candidate) => sources.has(candidate)))
        .filter((target): target is string => target !== null),
    });
  }
  return graph;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/**
 * The first chain of imports from `start` to a module `stop` accepts, or null. `passes` says which modules the
 * walk may go through.
 */
function findChain(
  graph: ModuleGraph,
  start: string,
  stop: (file: string) => boolean,
  passes: (file: string) => boolean = () => true,
): string[] | null {
  const seen = new Set([start]);
  const queue: string[][] = [[start]];
  while (queue.length > 0) {
    const chain = queue.shift() ?? [];
    const last = chain[chain.length - 1] ?? start;
    for (const next of graph.get(last)?.imports ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      if (stop(next)) return [...chain, next];
      if (passes(next)) queue.push([...chain, next]);
    }
  }
  return null;
}

/**
 * Every broken rule, one line per offending module with the chain of imports that breaks it. Tests are left out:
 * they may reach anything (a schema test may use the simulator's fixtures).
 */
export function findViolations(graph: ModuleGraph): string[] {
  const violations: string[] = [];
  const modules = [...graph.keys()].filter((file) => !isTest(file)).sort();
  for (const rule of IMPORT_RULES) {
    for (const file of modules.filter(rule.from)) {
      const chain = findChain(graph, file, rule.to);
      if (chain) violations.push(`${rule.name}: ${chain.join(" → ")}`);
    }
  }
  // A "use server" module reaches the browser only as a reference to call, so the walk does not enter it.
  for (const file of modules.filter((candidate) => graph.get(candidate)?.directive === "use client")) {
    if (graph.get(file)?.serverOnly) {
      violations.push(`a "use client" module must not import a server-only one: ${file} imports "server-only"`);
      continue;
    }
    const chain = findChain(
      graph,
      file,
      (next) => graph.get(next)?.serverOnly === true && graph.get(next)?.directive !== "use server",
      (next) => graph.get(next)?.directive !== "use server",
    );
    if (chain) violations.push(`a "use client" module must not import a server-only one: ${chain.join(" → ")}`);
  }
  return violations;
}

const SOURCE_FOLDERS = ["app", "components", "lib", "test-support"];

/** The repository's TypeScript sources under the folders the rules speak of. */
export function readSources(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (folder: string) => {
    const absolute = path.join(root, folder);
    if (!existsSync(absolute)) return;
    for (const entry of readdirSync(absolute)) {
      const relative = path.posix.join(folder, entry);
      if (statSync(path.join(root, relative)).isDirectory()) walk(relative);
      else if (/\.tsx?$/.test(entry)) sources.set(relative, readFileSync(path.join(root, relative), "utf8"));
    }
  };
  for (const folder of SOURCE_FOLDERS) walk(folder);
  return sources;
}
