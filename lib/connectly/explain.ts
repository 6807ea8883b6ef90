import { type ConnectlyErrorCode, type ConnectlyErrorInfo, UNKNOWN_OUTCOME_WORDS } from "./errors";

export type ErrorAction = "send-template" | "retry" | "fix-recipient" | "check-configuration";

export interface ErrorExplanation {
  title: string;
  message: string;
  hint: string;
  action?: ErrorAction;
}

/**
 * What went wrong in plain words, and what the person at the keyboard can do about it. Only Connectly's own words are
 * quoted; this server's technical messages (which may name an address, a socket error or a stack's words) stay in
 * the stored error and the logs.
 */
export function explainError(info: ConnectlyErrorInfo): ErrorExplanation {
  switch (info.kind) {
    case "timeout":
      return {
        title: "Unknown: Connectly did not answer in time",
        message: `Connectly did not answer within ${formatDuration(info.timeoutMs)}, so whether it took the message is unknown.`,
        hint: UNKNOWN_OUTCOME_WORDS,
      };
    case "interrupted":
      return {
        title: "Unknown: the answer was never recorded",
        message: "This server stopped while Connectly was answering, so whether it took the message is unknown.",
        hint: UNKNOWN_OUTCOME_WORDS,
      };
    case "network":
      return info.code === "CONNECTION_FAILED"
        ? {
            title: "Connectly could not be reached",
            message: "This server could not open a connection to Connectly, so nothing was sent.",
            hint: "Send again in a moment. If it keeps failing, ask whoever runs this dashboard to check its connection to Connectly (CONNECTLY_BASE_URL).",
            action: "retry",
          }
        : {
            title: "Unknown: the connection to Connectly broke",
            message: "The connection dropped after the message was sent to Connectly and before it answered.",
            hint: UNKNOWN_OUTCOME_WORDS,
          };
    case "unexpected":
      return {
        title: "Unknown: something went wrong while sending",
        message:
          "Something went wrong on this server while sending. If it keeps happening, report it with the time it happened.",
        hint: UNKNOWN_OUTCOME_WORDS,
      };
    case "api":
      return explainApiError(info);
  }
}

// Connectly's docs say to branch on the code, not the status: the status only speaks when the code is silent.
function explainApiError(info: ConnectlyErrorInfo): ErrorExplanation {
  const known = isDocumentedCode(info.code) && info.code !== "ERROR_CODE_UNSPECIFIED" ? info.code : undefined;
  if (known !== undefined) return BY_CODE[known](info);
  const byStatus = explainStatus(info);
  if (byStatus !== undefined) return byStatus;
  if (info.code === "ERROR_CODE_UNSPECIFIED") return BY_CODE.ERROR_CODE_UNSPECIFIED(info);
  return {
    title: info.userTitle ?? "Connectly refused the message",
    message: `Connectly said: ${connectlyWords(info)}`,
    hint: withTrace("Correct what Connectly describes and send again", info),
  };
}

function explainStatus(info: ConnectlyErrorInfo): ErrorExplanation | undefined {
  const status = info.status;
  if (status === undefined) return undefined;
  if (status >= 200 && status < 300) {
    return {
      title: "Unknown: Connectly gave no message id",
      message: "Connectly answered with success but without a message id, so the message cannot be tracked by it.",
      hint: UNKNOWN_OUTCOME_WORDS,
    };
  }
  if (status === 401 || status === 403) return apiKeyProblem(info);
  if (status === 404) {
    return {
      title: "Connectly does not know this address",
      message: "Connectly answered HTTP 404: the business or the endpoint was not found.",
      hint: "Check CONNECTLY_BUSINESS_ID and CONNECTLY_BASE_URL.",
      action: "check-configuration",
    };
  }
  if (status === 429) {
    return {
      title: "Connectly is rate-limiting",
      message:
        "Connectly is rate-limiting this business: too many requests arrived at once, so this message was not sent.",
      hint: "Wait a moment and send again.",
      action: "retry",
    };
  }
  if (status >= 500) {
    // A server error does not say whether the message was taken before it happened.
    return {
      title: `Unknown: Connectly answered HTTP ${status}`,
      message: `Connectly had a problem on its side, and its answer does not say whether the message went out. ${withTrace("Connectly support can tell", info)}`,
      hint: UNKNOWN_OUTCOME_WORDS,
    };
  }
  return undefined;
}

function apiKeyProblem(info: ConnectlyErrorInfo): ErrorExplanation {
  return {
    title: "Connectly did not accept the API key",
    message: "The API key is missing, wrong, or not allowed to use this business, so nothing was sent.",
    hint: withTrace(
      "Check CONNECTLY_API_KEY (and CONNECTLY_BUSINESS_ID) in the server's environment and restart it",
      info,
    ),
    action: "check-configuration",
  };
}

const BY_CODE: Record<ConnectlyErrorCode, (info: ConnectlyErrorInfo) => ErrorExplanation> = {
  ERROR_CODE_MESSAGE_OUTSIDE_OF_ELIGIBILITY_WINDOW: () => ({
    title: "The customer's 24-hour window is closed",
    message: "WhatsApp allows free-form messages only within 24 hours of the customer's last message to this number.",
    hint: "Send an approved template instead; when the customer replies, the window opens again.",
    action: "send-template",
  }),
  ERROR_CODE_MESSAGE_CUSTOMER_NO_CONVERSATION_INITIATION: () => ({
    title: "The customer has not started a conversation",
    message: "This customer has never written to this business number, so only a template may reach them.",
    hint: "Send an approved template to start the conversation.",
    action: "send-template",
  }),
  ERROR_CODE_INVALID_SENDER_ID: () => ({
    title: "The sender is not one of this business's numbers",
    message: "Connectly does not recognise the Sender as a WhatsApp number of this business.",
    hint: "Pick another Sender or leave it empty; check that CONNECTLY_SENDERS lists only this business's numbers.",
    action: "check-configuration",
  }),
  ERROR_CODE_BUSINESS_MISSES_MATCHING_CHANNEL: () => ({
    title: "No matching WhatsApp channel",
    message: "Connectly found no WhatsApp channel on this business that matches the sender of this message.",
    hint: "Check CONNECTLY_BUSINESS_ID and the Sender: the number must be connected to this business in Connectly.",
    action: "check-configuration",
  }),
  ERROR_CODE_BUSINESS_KEY_SECRET_ABSENT: apiKeyProblem,
  ERROR_CODE_PHONE_NUMBER_BAD_FORMAT: () => ({
    title: "The phone number is not in the right format",
    message:
      "Connectly expects the Recipient in international (E.164) form: a plus sign, the country code and the number.",
    hint: "Write the Recipient like +16044441111, without spaces, dashes or a leading 00.",
    action: "fix-recipient",
  }),
  ERROR_CODE_MESSAGE_PHONE_NUMBER_INVALID: () => ({
    title: "The recipient cannot receive WhatsApp messages",
    message: "The number is well formed, but WhatsApp does not accept it as a recipient.",
    hint: "Check the Recipient with the customer; the number may be mistyped or not on WhatsApp.",
    action: "fix-recipient",
  }),
  // Inferred from the name only (Connectly does not describe it): the recipient is the sending number itself.
  ERROR_CODE_MESSAGE_SELF_INVALID: (info) => ({
    title: "The recipient is the business itself",
    message: `A business number cannot send a message to itself. Connectly said: ${connectlyWords(info)}`,
    hint: "Put the customer's number in Recipient, not one of the business's own numbers.",
    action: "fix-recipient",
  }),
  ERROR_CODE_MESSAGE_CUSTOMER_OPTED_OUT: () => ({
    title: "The customer has opted out",
    message: "This customer asked not to receive messages from this business.",
    hint: "Do not send to them again unless they opt back in, for example by writing to you first.",
  }),
  ERROR_CODE_MESSAGE_TEXT_EMPTY: () => ({
    title: "The message text is empty",
    message: "Connectly refuses a message whose text is empty.",
    hint: "Fill in Message text and send again.",
  }),
  ERROR_CODE_MESSAGE_ATTACHMENTS_NUMBER_INVALID: () => ({
    title: "Too many attachments",
    message: "A WhatsApp message carries at most one attachment.",
    hint: "Send each image, video, audio or document as its own message.",
  }),
  ERROR_CODE_MESSAGE_ATTACHMENT_EMPTY: () => ({
    title: "The attachment has no media",
    message: "The attachment arrived without a media URL.",
    hint: "Fill in Media URL with a public link to the file and send again.",
  }),
  ERROR_CODE_MESSAGE_ATTACHMENT_INVALID: (info) => ({
    title: "The attachment could not be used",
    message: `Connectly or WhatsApp could not use the media. Connectly said: ${connectlyWords(info)}`,
    hint: "Check that the Media URL opens without logging in and that the file's type and size are within WhatsApp's limits.",
  }),
  ERROR_CODE_MESSAGE_TEMPLATE_NOT_FOUND: () => ({
    title: "The template was not found",
    message: "Connectly has no approved template with this name and language for this business.",
    hint: "Choose the Template and Language again from the list; both must match exactly (en_US, not en-US).",
  }),
  ERROR_CODE_MESSAGE_TEMPLATE_DELETED: () => ({
    title: "The template was deleted",
    message: "This template has been deleted and can no longer be sent.",
    hint: "Choose another approved Template.",
  }),
  ERROR_CODE_MESSAGE_TEMPLATE_INPUT_INVALID: (info) => ({
    title: "The template's values do not fit",
    message: `The values given for the template's variables do not match what it expects. Connectly said: ${connectlyWords(info)}`,
    hint: "Fill in every variable the template has, and nothing more, then send again.",
  }),
  ERROR_CODE_BUSINESS_REACHED_LIMITS: () => ({
    title: "The business has reached a sending limit",
    message: "Connectly or WhatsApp is capping how many messages this business may send for now.",
    hint: "Wait before sending more, or ask the Connectly account owner to raise the limit.",
  }),
  ERROR_CODE_UNSPECIFIED: (info) => ({
    title: "Connectly refused the message without a reason",
    message: `Connectly gave no error code. It said: ${connectlyWords(info)}`,
    hint: withTrace("Check the message and send again; if it fails the same way, contact Connectly support", info),
  }),
};

function isDocumentedCode(code: string): code is ConnectlyErrorCode {
  return Object.hasOwn(BY_CODE, code);
}

function connectlyWords(info: ConnectlyErrorInfo): string {
  return `"${info.userMessage ?? info.message}"`;
}

// Connectly support can find the request from its trace id; without it they cannot help.
function withTrace(hint: string, info: ConnectlyErrorInfo): string {
  return info.traceId === undefined ? `${hint}.` : `${hint}, quoting trace id ${info.traceId}.`;
}

function formatDuration(ms: number | undefined): string {
  if (ms === undefined) return "the allowed time";
  if (ms < 1000) return `${ms} ms`;
  const seconds = Math.round(ms / 100) / 10;
  return `${seconds} second${seconds === 1 ? "" : "s"}`;
}
