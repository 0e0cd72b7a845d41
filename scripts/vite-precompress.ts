// A Vite plugin: after the build, every text file of the output (JS, CSS, HTML, SVG, JSON…) gets
// a brotli (.br) and a gzip (.gz) copy next to it, which the API's static serving sends to
// browsers that accept them (apps/api/src/plugins/external/static.ts, @fastify/static's
// preCompressed). Compressed once at build time, at the highest levels, not on every response.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|map|webmanifest|ico)$/;
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** The part of a Vite plugin this one is (the scripts folder does not depend on Vite itself). */
type Plugin = {
  name: string;
  apply: 'build';
  configResolved(config: { root: string; build: { outDir: string } }): void;
  closeBundle(): Promise<void>;
};

async function* filesIn(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* filesIn(file);
    else yield file;
  }
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'lx-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const jobs: Promise<void>[] = [];
      for await (const file of filesIn(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        jobs.push(
          (async () => {
            const body = await readFile(file);
            const [br, gzipped] = await Promise.all([
              brotli(body, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: (await stat(file)).size,
                },
              }),
              gz(body, { level: constants.Z_BEST_COMPRESSION }),
            ]);
            // A copy that is not smaller is not worth sending: the file itself is served instead.
            if (br.length < body.length) await writeFile(`${file}.br`, br);
            if (gzipped.length < body.length) await writeFile(`${file}.gz`, gzipped);
          })(),
        );
      }
      await Promise.all(jobs);
    },
  };
}
