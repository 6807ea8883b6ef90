import { config } from "zod/v4/core";

// Runs in the browser before any of the app's code. zod probes `new Function` to compile fast parsers unless told
// not to; the Content-Security-Policy forbids eval, and the browser reports even a probe that is caught. The core
// entry alone, so every page's first load does not carry all of zod.
config({ jitless: true });
