#!/usr/bin/env node
// The built SPAs' JavaScript must parse in Chrome 86, the kernel of 360 Browser's compatibility
// mode (issue 19). Parses every .js file under the given folders (default: apps/web/dist and
// apps/admin/dist, so run it after the build) with acorn and fails on syntax newer than Chrome 86.
// Chrome 86 has class fields, private fields and methods, `?.`, `??`, `??=`, numeric separators:
// those pass. Built-ins newer than Chrome 86 (findLast, Object.hasOwn…) are no syntax: the
// Playwright check e2e/tests/compat/chrome-86.spec.ts runs the pages without them.
// Run: node scripts/check-browser-syntax.mjs [folder…]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';

const root = path.resolve(import.meta.dirname, '..');
const folders = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => path.resolve(f))
  : ['apps/web/dist', 'apps/admin/dist'].map((f) => path.join(root, f));

/** Each finding: [what, the Chrome version that added it]. */
const FUNCTION = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'MethodDefinition',
  'PropertyDefinition', // a field's initialiser is a function body of its own
  'StaticBlock',
]);

function regexProblem(flags, pattern) {
  if (flags.includes('d')) return ['RegExp flag d (match indices)', 90];
  if (flags.includes('v')) return ['RegExp flag v (unicode sets)', 112];
  if (/\(\?[ims]*-?[ims]+:/.test(pattern)) return ['RegExp modifiers (?i:…)', 125];
  return null;
}

function* findings(node, insideFunction = false) {
  if (!node || typeof node.type !== 'string') return;
  switch (node.type) {
    case 'StaticBlock':
      yield [node, 'class static block', 94];
      break;
    case 'BinaryExpression':
      if (node.operator === 'in' && node.left.type === 'PrivateIdentifier')
        yield [node, '#field in object (ergonomic brand check)', 91];
      break;
    case 'AwaitExpression':
      if (!insideFunction) yield [node, 'top-level await', 89];
      break;
    case 'ForOfStatement':
      if (node.await && !insideFunction) yield [node, 'top-level for await', 89];
      break;
    case 'Literal':
      if (node.regex) {
        const p = regexProblem(node.regex.flags, node.regex.pattern);
        if (p) yield [node, ...p];
      }
      break;
    case 'NewExpression':
    case 'CallExpression': {
      const [pattern, flags] = node.arguments;
      if (
        node.callee.type === 'Identifier' &&
        node.callee.name === 'RegExp' &&
        flags?.type === 'Literal' &&
        typeof flags.value === 'string'
      ) {
        const p = regexProblem(
          flags.value,
          typeof pattern?.value === 'string' ? pattern.value : '',
        );
        if (p) yield [node, ...p];
      }
      break;
    }
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportAllDeclaration':
      if (node.attributes?.length) yield [node, 'import attributes (with { type })', 123];
      for (const s of node.specifiers ?? [])
        for (const name of [s.exported, s.imported, s.local])
          if (name?.type === 'Literal') yield [s, 'string module export names', 88];
      if (node.exported?.type === 'Literal') yield [node, 'string module export names', 88];
      break;
    case 'ImportExpression':
      if (node.options) yield [node, 'import() with options', 123];
      break;
    case 'VariableDeclaration':
      if (node.kind === 'using' || node.kind === 'await using')
        yield [node, `${node.kind} declaration`, 134];
      break;
    case 'ClassBody':
      // Class fields (72), private fields (74) and private methods (84) are in Chrome 86.
      break;
  }
  const inside = insideFunction || FUNCTION.has(node.type);
  for (const key of Object.keys(node)) {
    if (key === 'type' || key === 'loc' || key === 'start' || key === 'end') continue;
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) yield* findings(child, inside);
    else if (value && typeof value === 'object') yield* findings(value, inside);
  }
}

function* jsFiles(dir) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) yield* jsFiles(file);
    else if (/\.m?js$/.test(name)) yield file;
  }
}

let files = 0;
const problems = [];
for (const folder of folders) {
  let exists = true;
  try {
    statSync(folder);
  } catch {
    exists = false;
  }
  if (!exists) {
    console.error(`✗ ${path.relative(root, folder)} does not exist: build the SPAs first`);
    process.exit(1);
  }
  for (const file of jsFiles(folder)) {
    files++;
    const source = readFileSync(file, 'utf8');
    let ast;
    try {
      ast = parse(source, { ecmaVersion: 'latest', sourceType: 'module', locations: true });
    } catch (error) {
      problems.push(`${path.relative(root, file)}: does not parse: ${error.message}`);
      continue;
    }
    for (const [node, what, chrome] of findings(ast)) {
      const { line, column } = node.loc.start;
      const excerpt = source.slice(node.start, Math.min(node.end, node.start + 60));
      problems.push(
        `${path.relative(root, file)}:${line}:${column + 1}: ${what} (Chrome ${chrome}+): ${excerpt}`,
      );
    }
  }
}

if (problems.length > 0) {
  console.error(`✗ ${problems.length} uses of syntax newer than Chrome 86 in the built JS:`);
  for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`✓ ${files} built JS files parse as Chrome 86 syntax`);
