import { describe, expect, it } from "vitest";
import { InvalidEnvError, parseEnv } from "@/env";
import { acceptedIdTokenAlgs } from "@/server/auth/id-token-algs";

describe("which ID token signatures the app accepts", () => {
  it("takes the asymmetric algorithms the platform's discovery advertises", () => {
    expect(acceptedIdTokenAlgs(undefined, ["ES256"])).toEqual(["ES256"]);
    expect(acceptedIdTokenAlgs(undefined, ["HS256", "RS256", "ES256", "none"])).toEqual(["RS256", "ES256"]);
  });

  it("falls back to RS256 when the platform advertises nothing usable", () => {
    expect(acceptedIdTokenAlgs(undefined, undefined)).toEqual(["RS256"]);
    expect(acceptedIdTokenAlgs(undefined, ["none", "HS256"])).toEqual(["RS256"]);
    expect(acceptedIdTokenAlgs(undefined, "RS256")).toEqual(["RS256"]);
  });

  it("lets the operator pin the list with OIDC_ID_TOKEN_ALGS, whatever discovery says", () => {
    const { OIDC_ID_TOKEN_ALGS } = parseEnv({ OIDC_ID_TOKEN_ALGS: "ES256, RS256" });
    expect(OIDC_ID_TOKEN_ALGS).toEqual(["ES256", "RS256"]);
    expect(acceptedIdTokenAlgs(OIDC_ID_TOKEN_ALGS, ["PS256"])).toEqual(["ES256", "RS256"]);
  });

  it("refuses to start with an algorithm that is not a signature algorithm", () => {
    expect(() => parseEnv({ OIDC_ID_TOKEN_ALGS: "none" })).toThrow(InvalidEnvError);
    expect(() => parseEnv({ OIDC_ID_TOKEN_ALGS: "RS256,," })).toThrow(/OIDC_ID_TOKEN_ALGS/);
  });

  it("ends sessions 12 hours after sign-in unless SESSION_MAX_HOURS says otherwise", () => {
    expect(parseEnv({}).SESSION_MAX_HOURS).toBe(12);
    expect(parseEnv({ SESSION_MAX_HOURS: "8" }).SESSION_MAX_HOURS).toBe(8);
    expect(() => parseEnv({ SESSION_MAX_HOURS: "0" })).toThrow(/SESSION_MAX_HOURS/);
  });
});
