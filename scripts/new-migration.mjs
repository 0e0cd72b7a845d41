#!/usr/bin/env node
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL that takes the schema as of the
// last migration (kept in prisma/migrations/schema.snapshot.prisma) to prisma/schema.prisma.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: pnpm db:migration <name>   (lower-case letters, digits, underscores)');
  process.exit(1);
}
const root = path.resolve(import.meta.dirname, '..');
const snapshot = path.join(root, 'prisma/migrations/schema.snapshot.prisma');
const schema = path.join(root, 'prisma/schema.prisma');
const from = existsSync(snapshot) ? ['--from-schema-datamodel', snapshot] : ['--from-empty'];
const sql = execFileSync(
  'pnpm',
  ['exec', 'prisma', 'migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'],
  { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log('The schema has not changed since the last migration: nothing written.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join(root, 'prisma/migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
copyFileSync(schema, snapshot);
console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
