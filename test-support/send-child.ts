/**
 * A stand-in for the app's server process in the kill -9 test: it sends one text message through the real send path
 * (the action's send function, the real client, the real database; no one signed in, as for rows from before sign-in) with the configuration it is given in its
 * environment, and is killed while Connectly is answering. Run with `node --conditions=react-server --import tsx`.
 *   argv: <recipient> <send key>
 */
import { sendSessionMessage } from "@/lib/sending/send-session-message";

const [recipient = "", key = ""] = process.argv.slice(2);
const outcome = await sendSessionMessage(
  "text",
  { recipient: { id: recipient, channelType: "whatsapp" }, message: { text: "Your order has shipped" } },
  { key },
);
console.log(JSON.stringify(outcome));
