/**
 * Liveness probe for load balancers and the benchmark's baseline: a bare route handler that
 * touches neither the session nor the database.
 */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
