import type { ActionResult } from "@/lib/actions/result";

export type SendOutcome = ActionResult<{ historyId: string; connectlyId: string; attempts: number }>;
