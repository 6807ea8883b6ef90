/**
 * Browsers keep cookies per host, not per port, so two dashboards on one host (a staging copy beside the real one,
 * or the test suite's two apps) would overwrite each other's session cookie. A non-default port goes into the name.
 */
export function cookiePrefixFor(appUrl: string): string {
  const { port } = new URL(appUrl);
  return port ? `composer-${port}` : "composer";
}
