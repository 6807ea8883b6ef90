export const FORMATTING_HINT = (
  <>
    <code className="font-mono">*bold*</code> <code className="font-mono">_italic_</code>{" "}
    <code className="font-mono">~strike~</code> <code className="font-mono">```mono```</code>{" "}
    <code className="font-mono">`code`</code>, lines starting with <code className="font-mono">- </code>,{" "}
    <code className="font-mono">1. </code> or <code className="font-mono">&gt; </code>
  </>
);
