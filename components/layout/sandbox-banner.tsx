export function SandboxBanner() {
  return (
    <aside
      aria-label="Sandbox mode"
      className="border-b border-amber-300 bg-amber-100 px-4 py-2 text-center text-sm text-amber-950"
    >
      <strong className="font-semibold">Sandbox mode.</strong> Messages go to the built-in Connectly simulator and never
      reach WhatsApp. Set <code className="font-mono">CONNECTLY_API_KEY</code> and{" "}
      <code className="font-mono">CONNECTLY_BUSINESS_ID</code> to send for real.
    </aside>
  );
}
