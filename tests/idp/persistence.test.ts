import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openAccountStore } from "../../src/idp/index";
import { Browser } from "./helpers/browser";
import {
  authorizationRequest,
  callbackParams,
  exchangeCode,
  person,
  signIn,
  startTestIdp,
  verifyIdToken,
} from "./helpers/idp";

const dir = mkdtempSync(join(tmpdir(), "idp-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kid = async (url: string) => ((await (await fetch(`${url}/jwks`)).json()).keys as { kid: string }[])[0]?.kid;

// Opens the data folder three times over: slow on a busy machine.
describe("data folder", () => {
  it("seeds idempotently in one process, then the provider signs that account in with keys that survive restarts", async () => {
    const lena = person(90);
    const seed = await openAccountStore(dir);
    const first = await seed.ensureAccount(lena);
    const second = await seed.ensureAccount({ ...lena, password: "Another#Pass1", name: "改名" });
    expect(second.id).toBe(first.id);
    expect(second.name).toBe(lena.name);
    expect(await seed.verifyPassword(second, lena.password)).toBe(true);
    await seed.close();

    const idp = await startTestIdp({ dataDir: dir });
    const keyBefore = await kid(idp.url);
    const { claims } = await signIn(new Browser(idp.url), idp.url, lena.idCardNumber, lena.password);
    expect(claims.sub).toBe(first.id);
    await idp.close();

    const restarted = await startTestIdp({ dataDir: dir });
    try {
      expect(await kid(restarted.url)).toBe(keyBefore);
      expect((await restarted.store.findByLogin(lena.mobile))?.id).toBe(first.id);
    } finally {
      await restarted.close();
    }
  }, 90_000);
});

describe("platform sessions", () => {
  it("survive a restart: a person signed in before it is signed in to the app again without a password", async () => {
    const ada = person(91);
    const seed = await openAccountStore(dir);
    const account = await seed.ensureAccount(ada);
    await seed.close();

    const idp = await startTestIdp({ dataDir: dir });
    const { port } = new URL(idp.url);
    const browser = new Browser(idp.url);
    await signIn(browser, idp.url, ada.idCardNumber, ada.password);
    await idp.close();

    // Same address and data folder: what `npm start` does after a restart.
    const restarted = await startTestIdp({ dataDir: dir, port: Number(port), issuer: idp.url });
    try {
      const request = authorizationRequest(restarted.url);
      const page = await browser.go(request.url);
      // Straight back to the app with a code: the platform remembered the session and its grant.
      const { code } = callbackParams(page);
      const tokens = (await (await exchangeCode(restarted.url, code, request.verifier)).json()) as { id_token: string };
      expect((await verifyIdToken(restarted.url, tokens.id_token)).sub).toBe(account.id);
    } finally {
      await restarted.close();
    }
  }, 90_000);
});
