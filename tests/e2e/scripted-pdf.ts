/**
 * A PDF written out by hand: `pages` pages, each a blue band with "Page n" in Helvetica above 测试文字
 * in STSong-Light, a Chinese font the file does not embed (as many Chinese PDFs do: drawing it takes
 * Adobe's UniGB-UCS2-H CMap). Its /OpenAction calls app.alert("xss"), which any viewer that runs
 * document JavaScript obeys on opening (Chromium's built-in viewer does; Playwright sees a dialog).
 * With `band: "cmyk"` the band is painted in DeviceCMYK, which pdf.js converts through an ICC
 * profile with its WebAssembly colour engine.
 */
export function scriptedPdf(pages: number, band: "rgb" | "cmyk" = "rgb"): Buffer {
  const kids = Array.from({ length: pages }, (_, i) => `${8 + 2 * i} 0 R`).join(" ");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>",
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Action /S /JavaScript /JS (app.alert("xss");) >>',
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>",
    "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R >>",
    "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
  ];
  for (let n = 1; n <= pages; n++) {
    const content = [
      `${band === "rgb" ? "0.15 0.35 0.75 rg" : "0.85 0.55 0 0 k"} 20 60 260 120 re f`,
      `BT /F1 32 Tf 1 1 1 rg 60 105 Td (Page ${n}) Tj ET`,
      "BT /F2 24 Tf 0 0 0 rg 20 25 Td <6D4B8BD565875B57> Tj ET",
    ].join("\n");
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents ${9 + 2 * (n - 1)} 0 R >>`,
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    );
  }
  let pdf = "%PDF-1.4\n";
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((at) => `${String(at).padStart(10, "0")} 00000 n \n`).join("");
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, "latin1");
}
