export function SandboxBanner() {
  return (
    <aside
      aria-label="Sandbox mode"
      className="border-b border-amber-300 dark:border-amber-700 bg-amber-100 dark:bg-amber-950 px-4 py-1.5 text-center text-sm text-amber-950 dark:text-amber-50 sm:py-2"
    >
      <strong className="font-semibold">Sandbox mode.</strong>{" "}
      {/* On a phone the banner keeps to one line: how to leave the sandbox is for whoever deploys, at a desk. */}
      <span className="sm:hidden">Messages never reach WhatsApp.</span>
      <span className="hidden sm:inline">
        Messages go to the built-in Connectly simulator and never reach WhatsApp. Set{" "}
        <code className="font-mono">CONNECTLY_API_KEY</code> and{" "}
        <code className="font-mono">CONNECTLY_BUSINESS_ID</code> to send for real.
      </span>
    </aside>
  );
}
