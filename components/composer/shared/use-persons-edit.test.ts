import { describe, expect, test } from "vitest";
import { isPersonsAct } from "./use-persons-edit";

// Node has no DOM: a Node stand-in is enough for contains() and instanceof.
class FakeNode {
  constructor(private readonly children: FakeNode[] = []) {}
  contains(other: unknown): boolean {
    return other === this || this.children.some((child) => child.contains(other));
  }
}

describe("an act of the person on the form", () => {
  const undo = new FakeNode();
  const line = new FakeNode([undo]);
  const field = new FakeNode();
  const asNode = (node: FakeNode) => node as unknown as Node;
  const withNodes = <T>(run: () => T): T => {
    const before = globalThis.Node;
    globalThis.Node = FakeNode as unknown as typeof Node;
    try {
      return run();
    } finally {
      globalThis.Node = before;
    }
  };

  test("is a key, click or input of theirs in a field", () => {
    expect(withNodes(() => isPersonsAct({ isTrusted: true, target: asNode(field) }, asNode(line)))).toBe(true);
  });

  test("is not an event a script dispatched", () => {
    expect(withNodes(() => isPersonsAct({ isTrusted: false, target: asNode(field) }, asNode(line)))).toBe(false);
  });

  test("is not a click on Clear draft's own line (Undo, Restore it), which sets the form itself", () => {
    expect(withNodes(() => isPersonsAct({ isTrusted: true, target: asNode(undo) }, asNode(line)))).toBe(false);
  });
});
