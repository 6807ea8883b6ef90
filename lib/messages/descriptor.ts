import type { z } from "zod";
import type { EnvelopeValues } from "./envelope";
import type { SessionMessageRequest } from "./request";

/**
 * Everything the app knows about one session message type, in one place. The form values are the schema's input
 * (z.input), so they are never declared a second time; `read` is the reverse of `build`, kept beside it.
 */
export interface MessageDescriptor<V extends EnvelopeValues> {
  /** The type's name on the type switcher and in history. */
  label: string;
  /** Completes "Compose …" in the page's title and heading. */
  heading: string;
  /** The empty form; also what it resets to after a send. */
  defaults: V;
  /** The form's resolver and the server action's check; its output is the exact request sent to Connectly. */
  schema: z.ZodType<SessionMessageRequest, V>;
  /** The request the values make as they are, valid or not: the preview and the JSON panel render it. */
  build: (values: V) => SessionMessageRequest;
  /**
   * The values that make `build` produce `request` again ("Edit as new"). A part the request lacks, or holds in a
   * shape this composer cannot have sent, keeps its default, so a history row holding anything opens a usable form.
   */
  read: (request: unknown) => V;
}
