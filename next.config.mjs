/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The test suite builds into its own folder so it never disturbs a running `npm start`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  // svg-captcha reads its font file next to its own sources. pdf-lib is loaded once from
  // node_modules: @signpdf/placeholder-pdf-lib (external) must see the very pdf-lib classes the
  // certificate renderer made its document with, or it writes no signature placeholder.
  // exceljs's zip helpers still call `new Buffer()`; bundled, Node printed a DEP0005 warning into the
  // server's log on the first export (Node warns only for such calls outside node_modules).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@node-rs/argon2",
    "pg",
    "node-forge",
    "@signpdf/signpdf",
    "@signpdf/placeholder-pdf-lib",
    "@signpdf/utils",
    "pdf-lib",
    "@pdf-lib/fontkit",
    "svg-captcha",
    "exceljs",
  ],
  experimental: {
    // forbidden() renders app/forbidden.tsx with HTTP 403 from role-gated layouts.
    authInterrupts: true,
  },
  // Static headers. The Content-Security-Policy (a new nonce per request), Permissions-Policy and
  // HSTS (when APP_URL is https) come from src/proxy.ts (src/server/api/security-headers.ts).
  async headers() {
    return [
      { source: "/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      {
        // Stored files (/api/files/…) carry their own, stricter set (src/server/api/file-headers.ts:
        // no referrer, never framed): a header set here would win over the route's own.
        source: "/:path((?!api/files/).*)",
        headers: [
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
