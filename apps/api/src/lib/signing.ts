// The association's signing identity and PAdES signatures on issued PDFs. A configured PKCS#12 file
// is used as is; otherwise a key pair and a self-signed certificate are made once under DATA_DIR
// and reused, so every certificate issued by this installation carries the same signer.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';

export type SigningIdentity = { p12: Buffer; passphrase: string; subject: string };

function selfSignedP12(commonName: string, passphrase: string): Buffer {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const key = forge.pki.privateKeyFromPem(
    privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  );
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  cert.serialNumber = `01${randomBytes(8).toString('hex')}`;
  cert.validity.notBefore = new Date(Date.now() - 24 * 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600_000);
  const attrs = [
    {
      name: 'commonName',
      value: forge.util.encodeUtf8(commonName),
      valueTagClass: forge.asn1.Type.UTF8,
    },
    { name: 'countryName', value: 'CN' },
  ];
  cert.setSubject(attrs as forge.pki.CertificateField[]);
  cert.setIssuer(attrs as forge.pki.CertificateField[]);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], passphrase, { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** The configured identity, or the installation's own (made on first use). */
export async function loadSigningIdentity(options: {
  dataDir: string;
  p12Path?: string | undefined;
  passphrase?: string | undefined;
  commonName: string;
}): Promise<SigningIdentity> {
  if (options.p12Path) {
    return {
      p12: await readFile(options.p12Path),
      passphrase: options.passphrase ?? '',
      subject: options.p12Path,
    };
  }
  const dir = path.join(options.dataDir, 'signing');
  const p12File = path.join(dir, 'association.p12');
  const passFile = path.join(dir, 'association.pass');
  try {
    return {
      p12: await readFile(p12File),
      passphrase: (await readFile(passFile, 'utf8')).trim(),
      subject: options.commonName,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const passphrase = randomBytes(18).toString('base64url');
  const p12 = selfSignedP12(options.commonName, passphrase);
  await writeFile(passFile, passphrase, { mode: 0o600 });
  await writeFile(p12File, p12, { mode: 0o600 });
  return { p12, passphrase, subject: options.commonName };
}

/** Signs a finished PDF (PAdES, CAdES-detached) as the association. */
export async function signPdf(
  bytes: Uint8Array,
  identity: SigningIdentity,
  details: { reason: string; name: string; location: string; contactInfo: string },
): Promise<Buffer> {
  const pdfDoc = await PDFDocument.load(bytes);
  pdflibAddPlaceholder({
    pdfDoc,
    ...details,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    signatureLength: 8192,
  });
  const prepared = await pdfDoc.save({ useObjectStreams: false });
  const signer = new P12Signer(identity.p12, { passphrase: identity.passphrase });
  return new SignPdf().sign(Buffer.from(prepared), signer);
}
