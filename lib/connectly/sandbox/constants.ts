/** The credentials the sandbox accepts unless told otherwise; shown to users, so deliberately not secret. */
export const SANDBOX_API_KEY = "sandbox-key";

export const SANDBOX_BUSINESS_ID = "00000000-0000-4000-8000-000000000000";

/** The sandbox business's own WhatsApp number: the sender of its messages when a send names none. */
export const SANDBOX_BUSINESS_NUMBER = "+12015550100";
