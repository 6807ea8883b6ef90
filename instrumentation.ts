export async function register() {
  // Next compiles this file for the edge runtime too; the start-up work needs Node, so it is loaded only there.
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}
