import { z } from "zod";

// Runs in the browser before any of the app's code. zod probes `new Function` to compile fast parsers unless told
// not to; the Content-Security-Policy forbids eval, and the browser reports even a probe that is caught.
z.config({ jitless: true });
