import "server-only";
import { constants, privateEncrypt } from "node:crypto";
import { Signer } from "@signpdf/utils";
import forge from "node-forge";
import type { SigningIdentity } from "./signing-identity";

const { asn1 } = forge;

/** DER of a DigestInfo (RFC 8017 §9.2): what an RSASSA-PKCS1-v1_5 signature over SHA-256 signs. */
function sha256DigestInfo(digest: string): Buffer {
  const sequence = (values: forge.asn1.Asn1[]) => asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, values);
  const info = sequence([
    sequence([
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(forge.pki.oids.sha256).getBytes()),
      asn1.create(asn1.Class.UNIVERSAL, asn1.Type.NULL, false, ""),
    ]),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OCTETSTRING, false, digest),
  ]);
  return Buffer.from(asn1.toDer(info).getBytes(), "binary");
}

/**
 * The signer's IssuerAndSerialNumber as the certificate itself encodes them. forge writes the
 * issuer's name anew from its parsed attributes, and encodes a UTF-8 name (any Chinese one) twice
 * over; readers then find no certificate matching the signer and call the signature invalid.
 */
function issuerAndSerialNumber(certificate: forge.pki.Certificate): forge.asn1.Asn1 {
  const tbs = (certificate as unknown as { tbsCertificate: forge.asn1.Asn1 }).tbsCertificate.value as forge.asn1.Asn1[];
  // TBSCertificate: [0] version (absent for v1), serialNumber, signature, issuer, …
  const serial = tbs[0].tagClass === asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  return asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [tbs[serial + 2], tbs[serial]]);
}

/**
 * The CMS (PKCS#7) detached signature @signpdf/signpdf puts into a PDF, built as
 * @signpdf/signer-p12 builds it — SHA-256, the signed attributes content type, signing time and
 * message digest in that order, every certificate of the chain included — from an identity opened
 * once. signer-p12 opens its PKCS#12 again for every signature and can use it only once; opening
 * one takes ~70 ms of key derivation in JavaScript, and forge's own RSA another ~40 ms, half the
 * time a certificate may take. Here the key signs with Node's crypto (OpenSSL).
 */
export class CmsSigner extends Signer {
  constructor(private readonly identity: SigningIdentity) {
    super();
  }

  async sign(pdfBuffer: Buffer, signingTime?: Date): Promise<Buffer> {
    const { key, certificate, chain } = this.identity;
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(pdfBuffer.toString("binary"));
    for (const c of chain) p7.addCertificate(c);
    p7.addSigner({
      // forge asks the key to sign the digest of the signed attributes; OpenSSL does it.
      key: {
        sign: (md: forge.md.MessageDigest) =>
          privateEncrypt(
            { key, padding: constants.RSA_PKCS1_PADDING },
            sha256DigestInfo(md.digest().getBytes()),
          ).toString("binary"),
      } as unknown as forge.pki.rsa.PrivateKey,
      certificate,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest },
      ],
    });
    p7.sign({ detached: true });
    const [signerInfo] = (p7 as unknown as { signerInfos: forge.asn1.Asn1[] }).signerInfos;
    (signerInfo.value as forge.asn1.Asn1[])[1] = issuerAndSerialNumber(certificate);
    return Buffer.from(asn1.toDer(p7.toAsn1()).getBytes(), "binary");
  }
}
