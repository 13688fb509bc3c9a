import "server-only";
import {
  fill,
  type PDFOperator,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingGrayscaleColor,
} from "pdf-lib";
import QRCode from "qrcode";

/** The light margin a reader needs around the symbol, in modules (ISO/IEC 18004 asks for four). */
const QUIET_ZONE = 4;

/**
 * `text` as a QR code drawn in vectors with its lower left corner at (x, y), `size` points wide
 * including the quiet zone, which is painted white so a tinted page does not lower the contrast.
 * Level M restores up to 15% of the symbol: a fold or a smudge of a printed copy.
 * The dark modules are one path filled once: filled separately, neighbouring squares show hairline
 * seams between them in most renderers, and a scanner may read a seam as a light module.
 */
export function drawQrCode(page: PDFPage, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const count = modules.size;
  const unit = size / (count + 2 * QUIET_ZONE);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  const left = x + QUIET_ZONE * unit;
  const top = y + size - QUIET_ZONE * unit;
  const operators: PDFOperator[] = [pushGraphicsState(), setFillingGrayscaleColor(0)];
  for (let row = 0; row < count; row++) {
    let column = 0;
    while (column < count) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      // A run of dark modules in the row is one rectangle.
      const start = column;
      while (column < count && modules.get(row, column)) column += 1;
      operators.push(rectangle(left + start * unit, top - (row + 1) * unit, (column - start) * unit, unit));
    }
  }
  operators.push(fill(), popGraphicsState());
  page.pushOperators(...operators);
}
