import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { SandboxBanner } from "@/components/layout/sandbox-banner";
import { SkipLink } from "@/components/ui/skip-link";
import { MAIN_ANCHOR } from "@/components/ui/skip-targets";
import { currentActor } from "@/lib/auth/current-actor";
import { env } from "@/lib/env";
import "./globals.css";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: { default: "WhatsApp Composer", template: "%s · WhatsApp Composer" },
  description: "Compose, preview and send WhatsApp messages through Connectly.",
};

// Every page reads the configuration and the database at request time; nothing is baked in at build time.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { mode } = env();
  const actor = await currentActor();
  return (
    <html lang="en" className={`${GeistSans.variable} ${GeistMono.variable}`}>
      <body className="min-h-screen font-sans">
        <SkipLink />
        {mode === "sandbox" && <SandboxBanner />}
        <AppHeader actor={actor} />
        <Providers>
          <main id={MAIN_ANCHOR} tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
            {children}
          </main>
        </Providers>
      </body>
    </html>
  );
}
