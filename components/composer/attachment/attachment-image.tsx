"use client";

import { PREVIEW_COLORS, type PreviewTheme } from "@/components/preview/theme";
import { isLoadableUrl, urlHost } from "./attachment-file";
import { useMediaStatus } from "./attachment-media-status";

/**
 * The picture itself, as WhatsApp shows it, or a placeholder saying why not. A plain <img>: the image lives on
 * someone else's server, which next/image would have to be configured to allow.
 */
export function AttachmentImage({ url, alt, theme }: { url: string; alt: string; theme: PreviewTheme }) {
  const media = useMediaStatus(url);
  if (!isLoadableUrl(url)) {
    const typed = url.trim() !== "";
    return (
      <ImagePlaceholder
        title="No image yet"
        detail={typed ? "The Media URL is not valid yet" : "Add a Media URL"}
        broken={false}
        theme={theme}
      />
    );
  }
  if (media.status === "failed") {
    return <ImagePlaceholder title="Image could not be loaded" detail={urlHost(url)} broken theme={theme} />;
  }
  return (
    <img
      src={url.trim()}
      alt={alt}
      referrerPolicy="no-referrer"
      decoding="async"
      onLoad={() => media.loaded()}
      onError={media.failed}
      className="block h-auto max-h-[330px] min-h-24 w-[270px] max-w-full rounded-md object-cover"
      style={{ backgroundColor: PREVIEW_COLORS[theme].imageTint }}
    />
  );
}

/**
 * In place of an image that is not there. Only a link the browser tried and failed is "could not be loaded": before
 * that there is nothing to load, and the field says what the link lacks.
 */
function ImagePlaceholder({
  title,
  detail,
  broken,
  theme,
}: {
  title: string;
  detail: string;
  broken: boolean;
  theme: PreviewTheme;
}) {
  const colors = PREVIEW_COLORS[theme];
  return (
    <div
      className="flex aspect-[4/3] w-[270px] max-w-full flex-col items-center justify-center gap-1.5 rounded-md px-4 text-center"
      style={{
        backgroundColor: colors.imageTint,
        color: colors.muted,
      }}
    >
      <ImageIcon broken={broken} />
      <p className="text-[13px] leading-[17px] font-medium">{title}</p>
      <p className="w-full truncate text-[12px] leading-4">{detail}</p>
    </div>
  );
}

function ImageIcon({ broken }: { broken: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      width="34"
      height="34"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      {broken ? (
        <>
          <path d="M14 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2v-9" strokeLinecap="round" />
          <path d="m17 3 4 4m0-4-4 4" strokeLinecap="round" />
        </>
      ) : (
        <rect x="3" y="3" width="18" height="18" rx="2" />
      )}
      <path d="m3 17 5-5 4 4 2-2 7 7" strokeLinejoin="round" />
      <circle cx="9" cy="8" r="1.6" />
    </svg>
  );
}
