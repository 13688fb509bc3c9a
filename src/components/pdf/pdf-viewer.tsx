"use client";

import type { PDFDocumentLoadingTask, PDFDocumentProxy, RenderTask } from "pdfjs-dist";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { pdfLabels as L } from "./labels";
import { openFailure, openPdf } from "./open-pdf";

/** CSS pixels per PDF point: 100% shows a page at its printed size. */
const cssPerPoint = 96 / 72;
const zoomSteps = [0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];
/** The opening zoom, as pdf.js's viewer opens a file: the page's width, at most 125%; a landscape page whole. */
const autoMax = 1.25;
/** A canvas larger than this (in device pixels) is drawn at a lower resolution, as pdf.js's viewer does. */
const maxCanvasPixels = 2 ** 24;
const gap = 12;

type Size = { width: number; height: number };
type Loaded =
  | { status: "loading" }
  | { status: "ready"; doc: PDFDocumentProxy; firstPage: Size }
  | { status: "error"; reason: ReturnType<typeof openFailure> };

const failureText = { password: L.passwordProtected, invalid: L.invalid, failed: L.failed } as const;

/**
 * A PDF drawn by pdf.js onto canvases, one page under the other, each drawn only while it is near
 * the visible part (a long file costs what is on screen). Scripts, links and form fields in the file
 * do nothing: the pages are pictures. 上一页/下一页, 缩放 and 适合宽度 above them.
 */
export function PdfViewer({ url, title, className = "h-[70vh]" }: { url: string; title: string; className?: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [zoom, setZoom] = useState<number | "auto" | "fit">("auto");
  const [current, setCurrent] = useState(1);
  const [view, setView] = useState<Size>({ width: 0, height: 0 });
  const scroller = useRef<HTMLElement>(null);

  useEffect(() => {
    let cancelled = false;
    let task: PDFDocumentLoadingTask | null = null;
    setLoaded({ status: "loading" });
    setCurrent(1);
    openPdf(url)
      .then(async (opened) => {
        task = opened;
        if (cancelled) return;
        const doc = await opened.promise;
        const first = (await doc.getPage(1)).getViewport({ scale: 1 });
        if (!cancelled) setLoaded({ status: "ready", doc, firstPage: { width: first.width, height: first.height } });
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoaded({ status: "error", reason: openFailure(error) });
      });
    return () => {
      cancelled = true;
      void (task as PDFDocumentLoadingTask | null)?.destroy();
    };
  }, [url]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setView({ width: el.clientWidth, height: el.clientHeight }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const ready = loaded.status === "ready" ? loaded : null;
  const pageCount = ready?.doc.numPages ?? 0;
  const scale = ready && view.width > 0 ? scaleFor(zoom, ready.firstPage, view) : cssPerPoint;
  const percent = Math.round((scale / cssPerPoint) * 100);

  const zoomBy = (direction: 1 | -1) => {
    const now = scale / cssPerPoint;
    const next = direction > 0 ? zoomSteps.find((s) => s > now + 0.005) : zoomSteps.findLast((s) => s < now - 0.005);
    if (next) setZoom(next);
  };

  const goTo = (page: number) => {
    const el = scroller.current?.querySelector<HTMLElement>(`[data-page="${page}"]`);
    if (el && scroller.current) scroller.current.scrollTo({ top: el.offsetTop - gap });
  };

  // The page shown is the one across the upper third of the view, or the last one at the end.
  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return setCurrent(pageCount);
    const line = el.scrollTop + el.clientHeight / 3;
    const pages = el.querySelectorAll<HTMLElement>("[data-page]");
    for (const page of pages) {
      if (page.offsetTop + page.offsetHeight + gap > line) {
        setCurrent(Number(page.dataset.page));
        return;
      }
    }
  };

  return (
    <div className={`flex flex-col gap-2 ${className}`}>
      <div role="toolbar" aria-label={L.toolbar} className="flex flex-wrap items-center gap-2 text-sm">
        <Button variant="secondary" size="sm" disabled={!ready || current <= 1} onClick={() => goTo(current - 1)}>
          {L.previous}
        </Button>
        <span className="tabular-nums text-slate-600" aria-live="polite">
          {ready ? L.pageOf(current, pageCount) : L.loading}
        </span>
        <Button
          variant="secondary"
          size="sm"
          disabled={!ready || current >= pageCount}
          onClick={() => goTo(current + 1)}
        >
          {L.next}
        </Button>
        <span className="ml-auto flex items-center gap-2">
          <Button variant="secondary" size="sm" disabled={!ready || percent <= 50} onClick={() => zoomBy(-1)}>
            {L.zoomOut}
          </Button>
          <output className="w-12 text-center tabular-nums text-slate-600" aria-label={L.zoom(percent)}>
            {percent}%
          </output>
          <Button variant="secondary" size="sm" disabled={!ready || percent >= 300} onClick={() => zoomBy(1)}>
            {L.zoomIn}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            disabled={!ready}
            aria-pressed={zoom === "fit"}
            onClick={() => setZoom("fit")}
          >
            {L.fitWidth}
          </Button>
        </span>
      </div>
      {/* A named region in the tab order, so that the keyboard can scroll the pages (the canvases hold
          nothing focusable, and not every browser focuses a scrolling box by itself). */}
      <section
        ref={scroller}
        aria-label={title}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box takes focus to be scrolled by keyboard
        tabIndex={0}
        onScroll={onScroll}
        className="relative min-h-0 flex-1 overflow-auto rounded border border-slate-200 bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600"
        style={{ padding: gap }}
      >
        {loaded.status === "loading" && <p className="py-8 text-center text-slate-500">{L.loading}</p>}
        {loaded.status === "error" && (
          <p role="alert" className="py-8 text-center text-slate-600">
            {failureText[loaded.reason]}
          </p>
        )}
        {ready &&
          Array.from({ length: pageCount }, (_, i) => (
            <PdfPage key={i + 1} doc={ready.doc} number={i + 1} scale={scale} estimate={ready.firstPage} />
          ))}
      </section>
    </div>
  );
}

/** CSS pixels per point for a zoom, given the first page's size and the view's. */
function scaleFor(zoom: number | "auto" | "fit", page: Size, view: Size): number {
  if (typeof zoom === "number") return zoom * cssPerPoint;
  const fitWidth = Math.max(0.1, (view.width - 2 * gap) / page.width);
  if (zoom === "fit") return fitWidth;
  const fitPage = Math.min(fitWidth, Math.max(0.1, (view.height - 2 * gap) / page.height));
  return page.width > page.height ? fitPage : Math.min(fitWidth, autoMax * cssPerPoint);
}

/**
 * One page: a box of the page's size that draws the page while it is within a screen of the view,
 * and lets the drawing go (the canvas memory with it) when it scrolls far away.
 */
function PdfPage({
  doc,
  number,
  scale,
  estimate,
}: {
  doc: PDFDocumentProxy;
  number: number;
  scale: number;
  estimate: Size;
}) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [near, setNear] = useState(false);
  const [size, setSize] = useState<Size>(estimate);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new IntersectionObserver(([entry]) => setNear(entry.isIntersecting), {
      root: el.parentElement,
      rootMargin: "100% 0px",
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const target = canvas.current;
    if (!near || !target) return;
    let cancelled = false;
    let task: RenderTask | null = null;
    doc
      .getPage(number)
      .then((page) => {
        if (cancelled) return;
        const viewport = page.getViewport({ scale });
        setSize({ width: viewport.width / scale, height: viewport.height / scale });
        const dpr = window.devicePixelRatio || 1;
        const ratio = Math.min(dpr, Math.sqrt(maxCanvasPixels / (viewport.width * viewport.height)));
        target.width = Math.floor(viewport.width * ratio);
        target.height = Math.floor(viewport.height * ratio);
        task = page.render({
          canvas: target,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
        });
        return task.promise;
      })
      .then(() => setFailed(false))
      .catch((error: unknown) => {
        if (!cancelled && !(error instanceof Error && error.name === "RenderingCancelledException")) setFailed(true);
      });
    return () => {
      cancelled = true;
      (task as RenderTask | null)?.cancel();
      target.width = 0;
      target.height = 0;
    };
  }, [doc, number, scale, near]);

  return (
    <div
      ref={box}
      data-page={number}
      className="relative mx-auto bg-white shadow"
      style={{ width: size.width * scale, height: size.height * scale, marginBottom: gap }}
    >
      <canvas ref={canvas} width={0} height={0} role="img" aria-label={L.page(number)} className="block size-full" />
      {failed && (
        <p className="absolute inset-0 flex items-center justify-center text-slate-500">{L.pageFailed(number)}</p>
      )}
    </div>
  );
}
