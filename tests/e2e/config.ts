/** Ports and folders of the browser-test system (kept off the development defaults 3000/4000). */
export const E2E = {
  appPort: 3100,
  idpPort: 4100,
  appUrl: "http://localhost:3100",
  idpUrl: "http://localhost:4100",
  clientSecret: "e2e-client-secret",
  dataDir: ".data/e2e",
};
