/**
 * A made-up street map around a point, for the location bubble. WhatsApp shows a map tile there; offline we cannot
 * fetch one, so we draw a plausible one instead. The district (street angle, block sizes, whether there is water)
 * follows from the coordinates rounded to about 2 km, and the streets are laid in world coordinates: typing more
 * digits pans the same neighbourhood a little, while a different place gets a different one.
 */
export const MAP_WIDTH = 260;
export const MAP_HEIGHT = 130;

const METERS_PER_PIXEL = 1.6;
const METERS_PER_DEGREE = 111_320;
const DISTRICTS_PER_DEGREE = 50;
/** Half the diagonal and a margin: anything drawn within this radius of the centre covers the tile when rotated. */
const REACH = Math.ceil(Math.hypot(MAP_WIDTH, MAP_HEIGHT) / 2) + 12;
const RIVER_SPACING = 800;

interface River {
  direction: number;
  width: number;
  shift: number;
}

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Block {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Everything relative to the tile's centre; streets, blocks and avenues in a frame turned by `angle` degrees. */
export interface MapLayout {
  angle: number;
  streets: Segment[];
  avenues: Segment[];
  buildings: Block[];
  parks: Block[];
  /** An SVG path for water in the unturned frame, or null when there is none nearby. */
  water: string | null;
}

export function mapLayout(latitude: number, longitude: number): MapLayout {
  const lat = Number.isFinite(latitude) ? latitude : 0;
  const lon = Number.isFinite(longitude) ? longitude : 0;
  const random = seededRandom(
    hash(`${Math.floor(lat * DISTRICTS_PER_DEGREE)}:${Math.floor(lon * DISTRICTS_PER_DEGREE)}`),
  );
  const angle = round((random() - 0.5) * 50);
  const blockWidth = 34 + random() * 18;
  const blockHeight = 26 + random() * 14;
  const avenueEvery = [3 + Math.floor(random() * 4), 3 + Math.floor(random() * 5)] as const;
  const cellSeed = Math.floor(random() * 2 ** 31);
  const river: River | null =
    random() < 0.5
      ? { direction: random() * Math.PI, width: 40 + random() * 180, shift: random() * RIVER_SPACING }
      : null;

  // World position in pixels, x east and y south, as a screen draws it.
  const worldX = (lon * METERS_PER_DEGREE * Math.cos((lat * Math.PI) / 180)) / METERS_PER_PIXEL;
  const worldY = (-lat * METERS_PER_DEGREE) / METERS_PER_PIXEL;
  const radians = (angle * Math.PI) / 180;
  const u0 = worldX * Math.cos(radians) + worldY * Math.sin(radians);
  const v0 = -worldX * Math.sin(radians) + worldY * Math.cos(radians);

  const columns = gridLines(u0, blockWidth);
  const rows = gridLines(v0, blockHeight);
  const layout: MapLayout = { angle, streets: [], avenues: [], buildings: [], parks: [], water: null };

  for (const { index, offset } of columns) {
    const segment = { x1: offset, y1: -REACH, x2: offset, y2: REACH };
    (mod(index, avenueEvery[0]) === 0 ? layout.avenues : layout.streets).push(segment);
  }
  for (const { index, offset } of rows) {
    const segment = { x1: -REACH, y1: offset, x2: REACH, y2: offset };
    (mod(index, avenueEvery[1]) === 0 ? layout.avenues : layout.streets).push(segment);
  }
  for (const column of columns) {
    for (const row of rows) {
      const pick = cellRandom(cellSeed, column.index, row.index);
      const cell = { x: column.offset, y: row.offset, width: blockWidth, height: blockHeight };
      if (pick < 0.1) layout.parks.push(inset(cell, 4));
      else if (pick < 0.6) layout.buildings.push(inset(cell, 4 + pick * 8));
    }
  }
  if (river) layout.water = waterPath(river, worldX, worldY);
  return layout;
}

/** Grid lines within reach of the centre: their index in the world and their offset from the centre. */
function gridLines(center: number, spacing: number): { index: number; offset: number }[] {
  const lines = [];
  for (let index = Math.floor((center - REACH) / spacing); index <= Math.ceil((center + REACH) / spacing); index++) {
    lines.push({ index, offset: round(index * spacing - center) });
  }
  return lines;
}

/**
 * Rivers, as bands of water repeating across the world at a fixed direction and spacing, with wavy banks. Measured
 * in world units, so they pan with the streets.
 */
function waterPath(river: River, worldX: number, worldY: number): string | null {
  const normal = { x: Math.cos(river.direction), y: Math.sin(river.direction) };
  const tangent = { x: -normal.y, y: normal.x };
  const across = normal.x * worldX + normal.y * worldY + river.shift;
  const along = tangent.x * worldX + tangent.y * worldY;
  const bank = (offset: number, t: number, side: number) => {
    const wave = 7 * Math.sin((t + along) / 41 + side) + 4 * Math.sin((t + along) / 17 + 2 * side);
    const d = offset + wave;
    return `${round(normal.x * d + tangent.x * t)} ${round(normal.y * d + tangent.y * t)}`;
  };
  // How far the tile reaches across the river's direction: only bands within it show.
  const extent = (Math.abs(normal.x) * MAP_WIDTH + Math.abs(normal.y) * MAP_HEIGHT) / 2;
  const paths: string[] = [];
  const first = Math.floor((across - extent - river.width) / RIVER_SPACING);
  const last = Math.ceil((across + extent) / RIVER_SPACING);
  for (let k = first; k <= last; k++) {
    const near = k * RIVER_SPACING - across;
    const far = near + river.width;
    if (far < -extent + 8 || near > extent - 8) continue;
    const steps: number[] = [];
    for (let t = -REACH; t <= REACH; t += 10) steps.push(t);
    const points = [...steps.map((t) => bank(near, t, 0)), ...steps.reverse().map((t) => bank(far, t, 1))];
    paths.push(`M${points.join("L")}Z`);
  }
  return paths.length ? paths.join("") : null;
}

function inset(cell: Block, by: number): Block {
  return {
    x: round(cell.x + by),
    y: round(cell.y + by),
    width: round(cell.width - 2 * by),
    height: round(cell.height - 2 * by),
  };
}

function mod(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** FNV-1a: a stable 32-bit number from a string. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and the same in every browser, so server and client draw the same map. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function cellRandom(seed: number, column: number, row: number): number {
  return seededRandom(hash(`${seed}:${column}:${row}`))();
}
