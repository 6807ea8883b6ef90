import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type SmtpSink, startSmtpSink } from "@/test-support/smtp-sink";
import { invitationText, sendInvitationEmail } from "./invitation-email";

let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink.close();
});

const mail = {
  to: "bo@example.com",
  link: "https://composer.example.com/invite/abc123",
  role: "agent" as const,
  invitedBy: "Ana",
  expiresAt: new Date("2026-06-08T12:00:00Z"),
};

describe("the invitation email", () => {
  test("reaches the SMTP server with the link, the role and who invited", async () => {
    await sendInvitationEmail({ smtpUrl: sink.url, from: "Composer <composer@example.com>" }, mail);
    const received = await sink.waitFor("bo@example.com");
    expect(received.from).toBe("composer@example.com");
    expect(received.raw).toMatch(/^Subject: Ana invited you to WhatsApp Composer$/m);
    expect(received.raw).toContain("https://composer.example.com/invite/abc123");
    expect(received.raw).toContain("as an Agent");
    expect(received.raw).toMatch(/Content-Type: text\/plain/);
  });

  test("fails within seconds, with the reason, when no server answers", async () => {
    const closed = await startSmtpSink();
    await closed.close();
    const started = Date.now();
    await expect(sendInvitationEmail({ smtpUrl: closed.url, from: "c@example.com" }, mail)).rejects.toThrow(
      /ECONNREFUSED|connect/i,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test("is plain text, with the expiry spelled out", () => {
    const { text } = invitationText({ ...mail, role: "viewer" });
    expect(text).toContain("as a Viewer");
    expect(text).toContain("Mon, 08 Jun 2026 12:00:00 GMT");
    expect(text).not.toMatch(/<[a-z]/i);
  });
});
