import "server-only";
import nodemailer from "nodemailer";
import { type Role, roleWithArticle } from "@/lib/auth/roles";

export interface MailConfig {
  smtpUrl: string;
  from: string;
}

export interface InvitationMail {
  to: string;
  link: string;
  role: Role;
  invitedBy: string;
  expiresAt: Date;
}

/** Plain text only: nothing a person typed (a name, an email) is ever rendered as HTML. */
export function invitationText(mail: InvitationMail): { subject: string; text: string } {
  return {
    subject: `${mail.invitedBy} invited you to WhatsApp Composer`,
    text: [
      `${mail.invitedBy} invited you to WhatsApp Composer as ${roleWithArticle(mail.role)}.`,
      "",
      "Open this link to choose your name and password:",
      mail.link,
      "",
      `The link works once, until ${mail.expiresAt.toUTCString()}.`,
      "If you did not expect this, ignore this email.",
    ].join("\n"),
  };
}

/** Sends the invitation through SMTP_URL's server; a slow or absent server fails within seconds, not minutes. */
export async function sendInvitationEmail(config: MailConfig, mail: InvitationMail): Promise<void> {
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    connectionTimeout: 5_000,
    greetingTimeout: 5_000,
    socketTimeout: 10_000,
  });
  try {
    await transport.sendMail({ from: config.from, to: mail.to, ...invitationText(mail) });
  } finally {
    transport.close();
  }
}
