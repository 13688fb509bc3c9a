import "server-only";
import { BlendMode, degrees, type PDFFont, type PDFPage, rgb } from "pdf-lib";

/** The bold font the seal is lettered in, and the width in points of a text at a size. */
export type SealFont = { pdf: PDFFont; width: (text: string, size: number) => number };

/** Where the seal is stamped: its centre and radius, in points. */
export type SealPlace = { x: number; y: number; radius: number };

/** 印泥红, multiplied over what is under it, as ink is: the text beneath stays legible. */
const ink = { color: rgb(0.85, 0.11, 0.1), opacity: 0.9, blendMode: BlendMode.Multiply };
const strokeInk = { borderColor: ink.color, borderOpacity: ink.opacity, blendMode: ink.blendMode };
const RING = 3;
/** The widest and the preferred sweep of the name around the rim, in radians. */
const SWEEP = { max: (228 * Math.PI) / 180, preferred: (210 * Math.PI) / 180 };
const NAME_SIZE = { max: 15, min: 7 };
/** How far a Chinese glyph reaches above its baseline, in em. */
const ASCENT = 0.88;

/** A five-pointed star around (0, 0), pointing up, as an SVG path (y down, as drawSvgPath takes it). */
function starPath(outer: number): string {
  const inner = outer * 0.382;
  const points = Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = Math.PI / 2 + (i * Math.PI) / 5;
    return `${(radius * Math.cos(angle)).toFixed(2)} ${(-radius * Math.sin(angle)).toFixed(2)}`;
  });
  return `M ${points.join(" L ")} Z`;
}

/**
 * The red round seal of the issuing authority (电子签章's visible part), drawn in vectors as an
 * official seal is cut: a heavy rim, the authority's name running clockwise around the top, each
 * character upright towards the rim, a star in the middle and what the seal is for beneath it.
 * The name's size shrinks until it fits the sweep, so a long name still goes round once.
 */
export function drawSeal(
  page: PDFPage,
  font: SealFont,
  { authority, purpose }: { authority: string; purpose: string },
  place: SealPlace,
) {
  const { x, y, radius } = place;
  page.drawCircle({ x, y, size: radius - RING / 2, borderWidth: RING, ...strokeInk });
  page.drawSvgPath(starPath(radius * 0.3), { x, y: y + radius * 0.04, ...ink });

  const characters = [...authority];
  let size = NAME_SIZE.max;
  let baseline = 0;
  let step = 0;
  for (; size >= NAME_SIZE.min; size -= 0.5) {
    baseline = radius - RING - 2.5 - ASCENT * size;
    step = (1.04 * size) / baseline;
    if (step * (characters.length - 1) <= SWEEP.max) break;
  }
  // Short names are spaced out towards the preferred sweep, as far as 1.7 em apart.
  if (characters.length > 1)
    step = Math.max(step, Math.min(SWEEP.preferred / (characters.length - 1), (1.7 * size) / baseline));
  const first = Math.PI / 2 + (step * (characters.length - 1)) / 2;
  characters.forEach((character, i) => {
    const angle = first - i * step;
    const turn = angle - Math.PI / 2;
    const half = font.width(character, size) / 2;
    page.drawText(character, {
      x: x + baseline * Math.cos(angle) - half * Math.cos(turn),
      y: y + baseline * Math.sin(angle) - half * Math.sin(turn),
      size,
      font: font.pdf,
      rotate: degrees((turn * 180) / Math.PI),
      ...ink,
    });
  });

  const purposeSize = radius * 0.14;
  const purposeWidth = font.width(purpose, purposeSize);
  page.drawText(purpose, { x: x - purposeWidth / 2, y: y - radius * 0.6, size: purposeSize, font: font.pdf, ...ink });
}
