// Benchmark: e-certificates. (1) Our certificate PDF — template text, seal, QR code, subset font,
// PAdES signature — median of BENCH_CERT_RUNS (100) runs, and its size. (2) The same certificate
// from an equivalent HTML page printed by headless Chromium (page.pdf(), browser already running),
// for the ratio. (3) Public verification by number, requests per second, through the built server.
// Run: pnpm --filter @lx/bench bench:certificates   (after building the API; part of `pnpm bench`)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { renderCertificate, SEAL_LABEL } from '@lx/api/lib/pdf/certificate';
import { newSigningIdentity, signPdf } from '@lx/api/lib/signing';
import { renderCertificateText } from '@lx/shared/certificate-template';

const runs = Number(process.env.BENCH_CERT_RUNS ?? 100);
const chromiumRuns = Number(process.env.BENCH_CHROMIUM_RUNS ?? 30);
const root = path.resolve(import.meta.dirname, '..');
const apiRequire = createRequire(path.join(root, 'apps/api/package.json'));
const e2eRequire = createRequire(path.join(root, 'e2e/package.json'));
type QrModule = { toBuffer(text: string, o: object): Promise<Buffer> };
const QRCode = apiRequire('qrcode') as QrModule;
type Browser = {
  newPage(): Promise<{
    goto(url: string, o: object): Promise<unknown>;
    pdf(o: object): Promise<Buffer>;
  }>;
  close(): Promise<void>;
};
const { chromium } = e2eRequire('@playwright/test') as {
  chromium: { launch(o: object): Promise<Browser> };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dir = mkdtempSync(path.join(tmpdir(), 'lx-bench-cert-'));
const association = '东江市律师协会';
const number = 'ZM2026000123';
const verifyUrl = `http://localhost:3000/verify/${number}`;
const text = renderCertificateText(
  {
    title: '律师执业证明',
    body: '兹证明{{律师名单}}在{{机构名称}}执业，系{{协会名称}}个人会员，现执业状态正常。\n\n本证明用于{{用途}}。\n\n特此证明。',
  },
  {
    律师名单: '陈建国（执业证号：14419201995110001）、李秀英（执业证号：14419202001010002）',
    机构名称: '广东华粤律师事务所',
    协会名称: association,
    用途: '参加东江市政府采购项目投标',
  },
);

async function ours() {
  const identity = newSigningIdentity('Bench Signer');
  const qr = new Uint8Array(
    await QRCode.toBuffer(verifyUrl, { type: 'png', margin: 1, width: 240 }),
  );
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const pdf = await renderCertificate({
      associationName: association,
      title: text.title,
      paragraphs: text.paragraphs,
      number,
      issuedOn: '2026年11月23日',
      expiresOn: '2027年02月21日',
      verifyUrl,
      qr,
    });
    const signed = await signPdf(pdf, identity, {
      reason: number,
      name: association,
      location: association,
      contactInfo: verifyUrl,
    });
    times.push(performance.now() - start);
    size = signed.length;
  }
  return { ms: median(times), kb: size / 1024, qr };
}

async function viaChromium(qr: Uint8Array) {
  // The font from its file, as a server would link it: not re-sent with every page.
  const fontUrl = pathToFileURL(
    apiRequire.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  ).href;
  const seal = `<svg width="118" height="118" viewBox="-59 -59 118 118"><circle r="56" fill="none" stroke="#d81414" stroke-width="4"/><path id="arc" d="M -40 10 A 40 40 0 1 1 40 10" fill="none"/><text font-size="15" fill="#d81414"><textPath href="#arc" startOffset="50%" text-anchor="middle">${association}</textPath></text><polygon fill="#d81414" points="0,-16 4.7,-6.5 15.2,-4.9 7.6,2.5 9.4,12.9 0,8 -9.4,12.9 -7.6,2.5 -15.2,-4.9 -4.7,-6.5"/><text y="34" font-size="11" text-anchor="middle" fill="#d81414">${SEAL_LABEL}</text></svg>`;
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    @font-face { font-family: 'Noto Sans SC'; src: url(${fontUrl}); }
    @page { size: A4; margin: 25mm 25mm 21mm; }
    body { font-family: 'Noto Sans SC'; font-size: 14pt; line-height: 2; }
    h1 { text-align: center; font-size: 26pt; font-weight: normal; margin: 24pt 0 6pt; }
    .no { text-align: right; font-size: 10.5pt; } p { text-indent: 2em; margin: 0; }
    .sign { text-align: right; margin-top: 36pt; position: relative; padding-right: 2em; }
    .sign svg { position: absolute; right: 2em; top: -20pt; opacity: .9; }
    .small { font-size: 9pt; line-height: 1.5; } img { width: 78pt; height: 78pt; }
  </style></head><body><h1>${text.title}</h1><div class="no">编号：${number}</div>
  ${text.paragraphs.map((p) => `<p>${p}</p>`).join('')}
  <div class="sign">${association}<br>2026年11月23日${seal}</div>
  <div class="small">有效期至：2027年02月21日<br>本证明为电子证明，可扫描二维码或访问 ${verifyUrl} 核验真伪。</div>
  <img src="data:image/png;base64,${Buffer.from(qr).toString('base64')}"></body></html>`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const file = path.join(dir, 'certificate.html');
    await writeFile(file, html);
    const times: number[] = [];
    let size = 0;
    for (let i = 0; i < chromiumRuns; i++) {
      const start = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      times.push(performance.now() - start);
      size = pdf.length;
    }
    return { ms: median(times), kb: size / 1024 };
  } finally {
    await browser.close();
  }
}

async function verificationRate() {
  const port = 3900 + Math.floor(Math.random() * 90);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lx-bench-verify-'));
  const server = spawn(process.execPath, ['apps/api/dist/server.mjs'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      RATE_LIMIT_PER_MINUTE: '100000000',
      VERIFY_RATE_LIMIT_PER_MINUTE: '100000000',
    },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 600; i++) {
      if (
        await fetch(`${base}/api/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // The demo firm's certificate, issued at first start (the first application of the year).
    const demoNumber = `ZM${new Date().getFullYear()}000001`;
    const probe = await fetch(`${base}/api/public/certificates/${demoNumber}`);
    if (!probe.ok) throw new Error(`demo certificate ${demoNumber} not found: ${probe.status}`);
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon(
        {
          url: `${base}/api/public/certificates/${demoNumber}`,
          connections: 20,
          duration: Number(process.env.BENCH_SECONDS ?? 10),
        },
        (err, res) => (err ? reject(err) : resolve(res)),
      ),
    );
    return result;
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  const mine = await ours();
  const chrome = await viaChromium(mine.qr);
  const verify = await verificationRate();
  console.log('\ne-certificates');
  console.log(
    `  our PDF (render + seal + QR + subset font + PAdES signature), median of ${runs}: ${mine.ms.toFixed(1)} ms, ${mine.kb.toFixed(1)} KB`,
  );
  console.log(
    `  headless Chromium page.pdf() of the same certificate, median of ${chromiumRuns}: ${chrome.ms.toFixed(1)} ms, ${chrome.kb.toFixed(1)} KB (unsigned)`,
  );
  console.log(
    `  ratio: Chromium takes ${(chrome.ms / mine.ms).toFixed(1)}× the time and ${(chrome.kb / mine.kb).toFixed(1)}× the size`,
  );
  console.log(
    `  GET /api/public/certificates/:number, 20 connections: ${verify.requests.average.toFixed(0)} req/s, p50 ${verify.latency.p50} ms, p99 ${verify.latency.p99} ms (${verify.non2xx} not 2xx)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
