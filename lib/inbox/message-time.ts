/**
 * Where a customer's message (or an echo) goes among the business's sends in a conversation. Connectly's webhook
 * timestamps are whole seconds, while a send's time (history's created_at) and our receipt of the webhook
 * (inbox_messages.received_at) are the database's clock to the millisecond. A whole-second time stands for any
 * moment of that second, so read as it is, a reply that came 300 ms after a send in the same second sorts above the
 * send it answers. The message cannot have been written after we received it, nor after its second ended: it is
 * placed at the earlier of the two. That is the order the agent saw things arrive in, and it needs no trust in
 * Connectly's clock: one running ahead gives a time after the receipt, which the receipt then caps. A timestamp
 * with milliseconds is taken as exact, capped by the receipt the same way.
 */
export function inboxMessageTime(occurredAt: Date, receivedAt: Date): Date {
  const occurred = occurredAt.getTime();
  const latest = occurred % 1000 === 0 ? occurred + 999 : occurred;
  return new Date(Math.min(latest, receivedAt.getTime()));
}
