import "server-only";
import { connectly } from "@/lib/connectly";
import { normalizeTemplates } from "./normalize";
import type { TemplateDefinition } from "./types";

/** Templates change rarely (Meta reviews take minutes to days); the Refresh button covers the rest. */
export const TEMPLATE_CACHE_TTL_MS = 10 * 60_000;

/** Refresh templates calls Connectly at most this often per instance; other clicks get the list already held. */
export const TEMPLATE_REFRESH_MIN_INTERVAL_MS = 30_000;

export interface TemplateCatalog {
  templates: TemplateDefinition[];
  /** ISO time of the get/templates call this list came from. */
  fetchedAt: string;
}

export interface TemplateCache {
  get(options?: { refresh?: boolean }): Promise<TemplateCatalog>;
  /** The list held now, however old, without asking Connectly. */
  peek(): TemplateCatalog | undefined;
}

export interface TemplateCacheOptions {
  /** Connectly's raw get/templates answer. */
  load: () => Promise<unknown>;
  ttlMs?: number;
  refreshIntervalMs?: number;
  now?: () => number;
}

/**
 * A list fetched at most once per TTL; callers arriving while a fetch is under way share it. A refresh fetches anew
 * unless the list is younger than refreshIntervalMs, so clicking Refresh cannot flood Connectly. A failed fetch is
 * not kept, so the next call tries again, and a refresh that fails leaves the previous list in place.
 */
export function createTemplateCache({
  load,
  ttlMs = TEMPLATE_CACHE_TTL_MS,
  refreshIntervalMs = TEMPLATE_REFRESH_MIN_INTERVAL_MS,
  now = Date.now,
}: TemplateCacheOptions): TemplateCache {
  let current: { catalog: TemplateCatalog; at: number } | undefined;
  let inflight: Promise<TemplateCatalog> | undefined;
  let lastFailure: { error: unknown; at: number } | undefined;

  function fetchCatalog(): Promise<TemplateCatalog> {
    inflight ??= (async () => {
      try {
        const at = now();
        const catalog = { templates: normalizeTemplates(await load()), fetchedAt: new Date(at).toISOString() };
        current = { catalog, at };
        lastFailure = undefined;
        return catalog;
      } catch (error) {
        lastFailure = { error, at: now() };
        throw error;
      } finally {
        inflight = undefined;
      }
    })();
    return inflight;
  }

  return {
    async get({ refresh = false } = {}) {
      const age = current ? now() - current.at : Number.POSITIVE_INFINITY;
      if (current && age < (refresh ? refreshIntervalMs : ttlMs)) return current.catalog;
      // Without a list to show, a failure this recent is answered again rather than asked again.
      if (!current && lastFailure && now() - lastFailure.at < refreshIntervalMs) throw lastFailure.error;
      return fetchCatalog();
    },
    peek: () => current?.catalog,
  };
}

// On globalThis so every route module (each its own bundle in Next) shares one list per process.
const shared = globalThis as typeof globalThis & { __connectlyTemplateCache?: TemplateCache };

function sharedCache(): TemplateCache {
  shared.__connectlyTemplateCache ??= createTemplateCache({
    load: async () => (await connectly()).listTemplates(),
  });
  return shared.__connectlyTemplateCache;
}

/** The business's templates from Connectly, cached process-wide; `refresh` fetches anew. Throws Connectly's errors. */
export function getTemplates(options: { refresh?: boolean } = {}): Promise<TemplateCatalog> {
  return sharedCache().get(options);
}

/** The templates this process holds, if any, without a call to Connectly: for what must never wait on it. */
export function peekTemplates(): TemplateCatalog | undefined {
  return sharedCache().peek();
}
