import "server-only";
import { headers } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { type Invitation, invitationLink } from "@/lib/auth/invitations";
import { env } from "@/lib/env";
import { sendInvitationEmail } from "@/lib/mail/invitation-email";
import { linkOrigin } from "@/lib/security/allowed-hosts";
import type { FormResult } from "./form-result";

/** An invitation's link, shown once for copying: Invite and New link both answer with it. */
export type InviteResult = FormResult<{
  invitationId: string;
  email: string;
  link: string;
  /** Set only when SMTP_URL is configured. */
  mail?: { sent: true } | { sent: false; problem: string };
}>;

/** The link of an invitation just made, also emailed when SMTP_URL is set. A failed email still leaves the link. */
export async function deliverInvitation(
  actor: Actor,
  issued: { token: string; invitation: Invitation },
): Promise<InviteResult> {
  const config = env();
  const { email, role, expiresAt, id: invitationId } = issued.invitation;
  const link = invitationLink(linkOrigin(config.appUrl, config.appUrlConfigured, await headers()), issued.token);
  if (!config.smtpUrl) return { ok: true, invitationId, email, link };
  try {
    await sendInvitationEmail(
      { smtpUrl: config.smtpUrl, from: config.smtpFrom },
      { to: email, link, role, invitedBy: actor.name, expiresAt },
    );
    return { ok: true, invitationId, email, link, mail: { sent: true } };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    console.error(`Invitation email not sent (SMTP_URL): ${problem}`);
    return { ok: true, invitationId, email, link, mail: { sent: false, problem } };
  }
}

/** Someone with an account needs no invitation. */
export function alreadyMember(email: string): InviteResult {
  return {
    ok: false,
    fieldErrors: { email: `${email} already has an account.` },
    error: {
      code: "ALREADY_MEMBER",
      title: "No invitation made",
      message: "That person is already a member.",
      hint: "",
    },
  };
}
