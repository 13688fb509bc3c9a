/**
 * Browser features no page of the app or the identity platform uses — QR sign-in is shown on the
 * platform's page and scanned by a phone app, never by the browser — denied to the page and to
 * anything it could ever embed. Both servers send the same header.
 */
const deniedFeatures = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** The Permissions-Policy header value: `camera=(), microphone=(), …`. */
export const permissionsPolicy = deniedFeatures.map((f) => `${f}=()`).join(", ");
