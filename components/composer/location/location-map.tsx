import { type PreviewTheme, withSystem } from "@/components/preview/theme";
import type { Block, Segment } from "./location-map-layout";
import { MAP_HEIGHT, MAP_WIDTH, mapLayout } from "./location-map-layout";

const MAP_COLORS = withSystem({
  light: {
    land: "#ece8e0",
    building: "#e0dbd1",
    park: "#c5e5b4",
    water: "#a8d4f2",
    street: "#ffffff",
    avenue: "#fbd873",
    avenueEdge: "#e8b84a",
  },
  dark: {
    land: "#1d2a31",
    building: "#24343c",
    park: "#1c3b30",
    water: "#0e3550",
    street: "#3a4a53",
    avenue: "#6e5d37",
    avenueEdge: "#57492b",
  },
});

/** A drawn map tile centred on the coordinates, with WhatsApp's red pin in the middle. */
export function LocationMap({
  latitude,
  longitude,
  theme,
  label,
}: {
  latitude: number;
  longitude: number;
  theme: PreviewTheme;
  label: string;
}) {
  const colors = MAP_COLORS[theme];
  const layout = mapLayout(latitude, longitude);
  const center = `translate(${MAP_WIDTH / 2} ${MAP_HEIGHT / 2})`;
  const turned = `${center} rotate(${layout.angle})`;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      className="block h-auto w-full"
      preserveAspectRatio="xMidYMid slice"
    >
      <rect width={MAP_WIDTH} height={MAP_HEIGHT} fill={colors.land} />
      <g transform={turned}>
        <Blocks blocks={layout.buildings} fill={colors.building} />
        <Blocks blocks={layout.parks} fill={colors.park} />
        <Lines segments={layout.streets} stroke={colors.street} width={4.5} />
      </g>
      {layout.water ? <path transform={center} d={layout.water} fill={colors.water} /> : null}
      {/* Avenues after the water, so they cross it as bridges. */}
      <g transform={turned}>
        <Lines segments={layout.avenues} stroke={colors.avenueEdge} width={8.5} />
        <Lines segments={layout.avenues} stroke={colors.avenue} width={6.5} />
      </g>
      <Pin x={MAP_WIDTH / 2} y={MAP_HEIGHT / 2} />
    </svg>
  );
}

function Blocks({ blocks, fill }: { blocks: Block[]; fill: string }) {
  return (
    <g fill={fill}>
      {blocks.map((b) => (
        <rect key={`${b.x} ${b.y}`} x={b.x} y={b.y} width={b.width} height={b.height} rx={2} />
      ))}
    </g>
  );
}

function Lines({ segments, stroke, width }: { segments: Segment[]; stroke: string; width: number }) {
  return (
    <g stroke={stroke} strokeWidth={width}>
      {segments.map((s) => (
        <line key={`${s.x1} ${s.y1} ${s.x2} ${s.y2}`} x1={s.x1} y1={s.y1} x2={s.x2} y2={s.y2} />
      ))}
    </g>
  );
}

/** The pin's tip marks the point, so it stands above the centre with its shadow under the tip. */
function Pin({ x, y }: { x: number; y: number }) {
  return (
    <g transform={`translate(${x} ${y})`}>
      <ellipse cx={0} cy={0} rx={5} ry={2} fill="rgba(0,0,0,0.3)" />
      <path
        d="M0 0C-1.5-6-10-11-10-19a10 10 0 0 1 20 0C10-11 1.5-6 0 0Z"
        fill="#ea4335"
        stroke="#b3261e"
        strokeWidth={1}
      />
      <circle cx={0} cy={-19} r={3.6} fill="#8c1b13" />
    </g>
  );
}
