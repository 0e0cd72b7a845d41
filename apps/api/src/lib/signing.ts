// The association's signing identity and PAdES signatures on issued PDFs. A configured PKCS#12 file
// is used as is; otherwise a key pair and a self-signed certificate are made once per database and
// kept in it, so every certificate issued by this installation, by any of its API processes,
// carries the same signer.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { P12Signer } from '@signpdf/signer-p12';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { PDFDocument } from 'pdf-lib';
import type { PrismaClient } from '../generated/prisma/client.ts';

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

/** The one row of the SigningIdentity table. */
const OWN_IDENTITY = 'association';

/**
 * The configured identity, or the installation's own: the database's, made on first use. Several
 * processes may get here at once on a new database: each offers a new identity with an insert
 * that does nothing when the row exists, and all of them then use the row that won.
 */
export async function loadSigningIdentity(options: {
  prisma: PrismaClient;
  dataDir: string;
  p12Path?: string | undefined;
  passphrase?: string | undefined;
  commonName: string;
}): Promise<SigningIdentity> {
  const { prisma, commonName } = options;
  if (options.p12Path) {
    return {
      p12: await readFile(options.p12Path),
      passphrase: options.passphrase ?? '',
      subject: options.p12Path,
    };
  }
  const stored = () => prisma.signingIdentity.findUnique({ where: { id: OWN_IDENTITY } });
  const found = await stored();
  if (found)
    return {
      p12: Buffer.from(found.p12, 'base64'),
      passphrase: found.passphrase,
      subject: commonName,
    };
  // Before the database kept it, the identity was made under DATA_DIR: an installation that has one
  // keeps signing with it.
  const offered = (await legacyIdentity(options.dataDir)) ?? newSigningIdentity(commonName);
  await prisma.signingIdentity.createMany({
    data: [
      { id: OWN_IDENTITY, p12: offered.p12.toString('base64'), passphrase: offered.passphrase },
    ],
    skipDuplicates: true,
  });
  const winner = await stored();
  if (!winner) throw new Error('signing identity: stored but not found');
  return {
    p12: Buffer.from(winner.p12, 'base64'),
    passphrase: winner.passphrase,
    subject: commonName,
  };
}

/** A new key pair and self-signed certificate (kept nowhere: the caller stores it). */
export function newSigningIdentity(commonName: string): SigningIdentity {
  const passphrase = randomBytes(18).toString('base64url');
  return { p12: selfSignedP12(commonName, passphrase), passphrase, subject: commonName };
}

/** The identity an earlier version made under DATA_DIR/signing, if there is one. */
async function legacyIdentity(dataDir: string) {
  const dir = path.join(dataDir, 'signing');
  try {
    return {
      p12: await readFile(path.join(dir, 'association.p12')),
      passphrase: (await readFile(path.join(dir, 'association.pass'), 'utf8')).trim(),
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
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
