"use client";

import dynamic from "next/dynamic";

// Its own chunk, as the session composers are: the route's first load carries only the page shell.
export const TemplateComposerLoader = dynamic(() => import("./template-composer").then((m) => m.TemplateComposer));
