import ipaddr from "ipaddr.js";
import { MEDIA_URL_MAX_LENGTH } from "./limits";

/**
 * Whether a media URL can work and is safe to hand to Connectly, which downloads it (with WhatsApp) from the
 * public internet. The host is checked as written, after the URL parser's normalization (so 0x7f.1, 2130706433
 * and [::ffff:127.0.0.1] are all seen as loopback): this server never fetches the URL, so there is no DNS answer
 * to check and none is looked up. A public name that resolves to a private address is Connectly's fetcher's to
 * refuse.
 */

const holder = globalThis as typeof globalThis & { __composerHttpMedia?: boolean };

/**
 * Lets http:// media URLs through: only when sends go to the sandbox, which never fetches them. A constant of the
 * process (the server, from its configuration at start-up) or of the page (the browser, from the same
 * configuration): until it is set, only https:// passes.
 */
export function allowHttpMedia(allow: boolean): void {
  holder.__composerHttpMedia = allow;
}

export function httpMediaAllowed(): boolean {
  return holder.__composerHttpMedia === true;
}

const NOT_PUBLIC = "This address is not public: Connectly and WhatsApp must be able to download the file.";

// Names that only ever mean this machine or a private network (RFC 6761, RFC 6762, RFC 8375, ICANN's .internal).
const PRIVATE_NAME = /(^|\.)(localhost|local|internal|home\.arpa|lan|intranet)$/i;

const RANGE_WORDS: Record<string, string> = {
  unspecified: "an unspecified address (0.0.0.0 or ::)",
  broadcast: "the broadcast address",
  multicast: "a multicast address",
  linkLocal: "a link-local address (169.254.x.x or fe80::), where cloud metadata services live",
  loopback: "a loopback address: this server itself",
  carrierGradeNat: "a carrier-grade NAT address (100.64.0.0/10)",
  private: "a private network address (10.x, 172.16-31.x or 192.168.x)",
  uniqueLocal: "a private IPv6 address (fc00::/7)",
  ipv4Mapped: "an IPv4 address written as IPv6 (::ffff:…)",
  deprecatedSiteLocal: "a private IPv6 address (fec0::/10)",
};

/** Why an IP literal cannot be a public media host: null for a public one, undefined when the host is a name. */
function ipProblem(host: string): string | null | undefined {
  const literal = host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  if (literal !== host && ipaddr.IPv6.isValid(literal)) address = ipaddr.IPv6.parse(literal);
  else if (ipaddr.IPv4.isValidFourPartDecimal(literal)) address = ipaddr.IPv4.parse(literal);
  else return undefined;
  const range = address.range();
  if (range === "unicast") return null;
  const words = RANGE_WORDS[range] ?? "a reserved address that is not on the public internet";
  return `This URL points at ${words}. ${NOT_PUBLIC}`;
}

/** The schemes a media URL may start with here, as the messages name them. */
function schemesAllowed(): string {
  return httpMediaAllowed() ? "https:// (or http:// in sandbox mode)" : "https://";
}

// What a URL starts with, "https://" or a typo of it ("htp://"), or a scheme without slashes ("data:", "mailto:"); a
// name and port ("localhost:3000/a.png") has none, and is read as a URL with its scheme left out.
const SCHEME = /^([a-z][a-z\d+.-]*:\/\/|(?:data|javascript|mailto|blob|file|tel|ftp):)/i;

/** Why a media URL is refused, or null. */
export function mediaUrlProblem(value: string): string | null {
  const url = value.trim();
  if (url === "") return "Enter the URL of the file.";
  if (url.length > MEDIA_URL_MAX_LENGTH) {
    return `Too long: ${url.length.toLocaleString("en-US")} of ${MEDIA_URL_MAX_LENGTH.toLocaleString("en-US")} characters for a URL.`;
  }
  const start = SCHEME.exec(url)?.[1];
  const scheme = start?.replace(/:.*$/, "").toLowerCase();
  const http = scheme === "http";
  if (start === undefined) return `Enter a full URL starting with ${schemesAllowed()}.`;
  if (scheme !== "https" && !http) {
    return `WhatsApp cannot fetch a link that starts "${start}": start it with ${schemesAllowed()}.`;
  }
  if (http && !httpMediaAllowed()) return "Use https://: Connectly fetches media only over a secure connection.";
  // The URL parser silently drops tabs and line breaks, so what it reads would not be what is sent.
  if (/[\s\p{Cc}]/u.test(url)) return "A URL cannot contain spaces, line breaks or invisible characters.";
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `This is not a complete URL: the address after ${start} is missing or malformed.`;
  }
  if (parsed.username !== "" || parsed.password !== "") {
    return "Remove the user name and password from the URL: the file must open without logging in.";
  }
  const host = parsed.hostname.replace(/\.$/, "");
  const ip = ipProblem(host);
  if (ip !== undefined) return ip;
  if (host === "" || !host.includes(".") || PRIVATE_NAME.test(host)) return NOT_PUBLIC;
  return null;
}
