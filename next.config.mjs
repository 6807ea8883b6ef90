/**
 * APP_URL is validated, with every other setting, by lib/env.ts when the server starts (a bad value stops it there);
 * here only its host is taken, for Next's own server-action check. That check already accepts an Origin equal to
 * the Host; listing APP_URL's host also accepts the dashboard's public address behind a proxy that rewrites Host.
 * Any other Origin is refused, and proxy.ts refuses any other Host.
 */
function appUrlHost() {
  try {
    return new URL(process.env.APP_URL ?? "").host;
  } catch {
    return undefined;
  }
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    serverActions: { allowedOrigins: [appUrlHost()].filter(Boolean) },
  },
};

export default nextConfig;
