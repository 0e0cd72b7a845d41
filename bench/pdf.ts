// Benchmark: PDF generation in-process (no server, no database): the registration form as a
// lawyer prints it, a one-page variant, and a one-line document for the fixed cost (font subset +
// embed + save). Prints numbers and ratios; timings are never pass/fail.
// Run: pnpm --filter @lx/bench bench:pdf   (also part of `pnpm bench`; BENCH_PDF_RUNS, default 100)
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderDocument } from '@lx/api/lib/pdf/layout';
import { renderRegistrationForm, type RegistrationForm } from '@lx/api/lib/pdf/registration-form';

const runs = Number(process.env.BENCH_PDF_RUNS ?? 100);

// jimp is the API's dependency, not the bench's; borrow it to make the 358×441 ID photo.
type JimpImage = {
  setPixelColor(color: number, x: number, y: number): void;
  getBuffer(mime: 'image/jpeg', options: { quality: number }): Promise<Buffer>;
};
type JimpModule = {
  Jimp: new (options: { width: number; height: number; color: number }) => JimpImage;
};
type PdfLibModule = {
  PDFDocument: { load(bytes: Uint8Array): Promise<{ getPageCount(): number }> };
};
const apiRequire = createRequire(path.resolve(import.meta.dirname, '../apps/api/package.json'));
const { Jimp } = apiRequire('jimp') as JimpModule;
const { PDFDocument } = apiRequire('pdf-lib') as PdfLibModule;

async function idPhoto(): Promise<Uint8Array> {
  // Gradients plus noise: JPEG compresses this about as well as a real portrait, not like a flat fill.
  const image = new Jimp({ width: 358, height: 441, color: 0xffffffff });
  let seed = 7;
  const noise = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 9) - 4;
  for (let x = 0; x < 358; x++) {
    for (let y = 0; y < 441; y++) {
      const clamp = (v: number) => Math.max(0, Math.min(255, Math.round(v)));
      const r = clamp(60 + (x * 120) / 358 + noise());
      const g = clamp(90 + (y * 100) / 441 + noise());
      const b = clamp(170 - (x * 60) / 358 + noise());
      image.setPixelColor(((r << 24) | (g << 16) | (b << 8) | 0xff) >>> 0, x, y);
    }
  }
  // Quality 85 is close to what the browser's canvas export of the crop produces.
  return new Uint8Array(await image.getBuffer('image/jpeg', { quality: 85 }));
}

function typicalForm(photo: Uint8Array | null, long: boolean): RegistrationForm {
  const lines = (title: string, n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `${2008 + i}-09 至 ${2009 + i}-06\u3000${title}第 ${i + 1} 项\u3000东江市中级人民法院\u3000专职律师`,
    );
  const titles = ['教育经历', '工作经历', '家庭成员', '获奖情况', '受处罚情况', '社会职务'];
  const more = ['政治面貌', '公益服务', '协会任职', '专业技能', '外语能力', '论文著作'];
  return {
    associationName: '东江市律师协会',
    watermark: long ? '尚未提交审核' : null,
    photo,
    identity: [
      { label: '姓名', value: '欧阳晓雯' },
      { label: '身份证号', value: '11010519491231002X' },
      { label: '执业机构', value: '北京市东江律师事务所' },
      { label: '执业类别', value: '专职律师' },
      { label: '执业证号', value: '11101201910234567' },
    ],
    fields: [
      ['性别', '女'],
      ['民族', '汉族'],
      ['出生日期', '1949-12-31'],
      ['政治面貌', '中共党员'],
      ['最高学历', '研究生'],
      ['专业技术职称', '一级律师'],
      ['首次执业时间', '2010-07-01'],
      ['资格取得方式', '国家统一法律职业资格考试'],
      ['业务专长', '公司法、证券与资本市场、知识产权、劳动争议'],
      ['工作语言', '普通话、English、粤语'],
      ['手机号码', '13800138000'],
      ['电子邮箱', 'ouyang.xiaowen@dongjiang-law.example.com'],
      ['通讯地址', '东江市滨江区江南大道 1888 号东江国际金融中心 A 座 2301 室'],
    ].map(([label = '', value = '']) => ({ label, value })),
    sections: [...titles, ...more].map((title, i) => ({
      title,
      lines: long ? lines(title, i < 2 ? 8 : 2) : i < 2 ? lines(title, 1) : [],
      markedNone: !long && i >= 2,
    })),
    printedAt: '2026-11-23 14:05',
  };
}

type Result = { name: string; coldMs: number; median: number; p95: number; kb: number };

async function measure(name: string, render: () => Promise<Uint8Array>): Promise<Result> {
  const coldStart = performance.now();
  const first = await render();
  const coldMs = performance.now() - coldStart;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await render();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { name, coldMs, median: at(0.5), p95: at(0.95), kb: first.length / 1024 };
}

const photo = await idPhoto();
const results = [
  await measure('minimal document (one title line: subset + embed + save)', () =>
    renderDocument({ metadata: { title: '基准' }, blocks: [{ kind: 'title', text: '基准' }] }),
  ),
  await measure('registration form, 1 page, photo, no watermark', () =>
    renderRegistrationForm(typicalForm(photo, false)),
  ),
  await measure('registration form, long lists, photo + watermark', () =>
    renderRegistrationForm(typicalForm(photo, true)),
  ),
];
const pagesOfLong = (
  await PDFDocument.load(await renderRegistrationForm(typicalForm(photo, true)))
).getPageCount();

console.log(`\nPDF benchmarks, ${runs} runs each after one cold run, Node ${process.version}\n`);
for (const r of results) {
  console.log(
    `${r.name}\n  ${r.median.toFixed(1)} ms median · p95 ${r.p95.toFixed(1)} ms · first ${r.coldMs.toFixed(0)} ms · ` +
      `${r.kb.toFixed(1)} KB per PDF`,
  );
}
const [minimal, short, long] = results;
if (minimal && short && long) {
  console.log(
    `\nID photo ${(photo.length / 1024).toFixed(1)} KB; long form has ${pagesOfLong} pages` +
      `\nratio 1-page form / minimal document: ${(short.median / minimal.median).toFixed(1)}×` +
      `\nratio long form / 1-page form: ${(long.median / short.median).toFixed(1)}× time, ` +
      `${(long.kb / short.kb).toFixed(1)}× size` +
      `\nsequential throughput, 1-page form: ${(1000 / short.median).toFixed(0)} PDFs/s on one core`,
  );
}
