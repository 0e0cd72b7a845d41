import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import { ticketInputSchema, ticketMessageInputSchema } from '@lx/shared/ticket-schemas';
import { makeLawyer, makeOrganisation, makeStaff } from './support/factories.ts';
import { startTestApp, TestClient, type Started } from './support/test-app.ts';

// Every operation of the OpenAPI document, as each role, with hostile values in each path
// parameter, query parameter and JSON body field: none may answer 5xx (issue 18). The values are
// sampled (each field gets a few, rotating through the list), not the full cross product.

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
};
type Parameter = { name: string; in: 'path' | 'query' | 'header' | 'cookie'; schema?: JsonSchema };
type Operation = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  path: string;
  summary: string;
  parameters: Parameter[];
  body: JsonSchema | null;
  multipart: boolean;
};

/** Operations that read their body by hand (JSON or multipart): their fields, from the shared schema. */
const HAND_READ_BODIES: Record<string, z.ZodType> = {
  'POST /api/tickets': ticketInputSchema,
  'POST /api/tickets/{id}/messages': ticketMessageInputSchema,
  'POST /api/admin/tickets/{id}/messages': ticketMessageInputSchema,
};

function deepJson(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { a: value } : [value];
  return value;
}

const HOSTILE_VALUES: unknown[] = [
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\u0007\u001b[31m',
  null,
  12345,
  { nested: 'object' },
  ['array'],
  true,
  '2026-13-45',
  '2026-02-30',
  '2999-12-31',
  'abc',
  deepJson(200),
  'x'.repeat(100_000),
  -1,
  1e308,
  1.5,
  '',
  '   ',
];

/** Query strings and path segments are text: the same ideas, URL-encoded. */
const HOSTILE_SEGMENTS = [
  '%00',
  'a%00b',
  '%ED%A0%80', // a lone surrogate as UTF-8 bytes
  '%FF%FE',
  'abc',
  '2026-13-45',
  '2026-02-30',
  '2999-12-31',
  '-1',
  '1e309',
  '0',
  'x'.repeat(5000),
  '%5B%5D', // []
  '..%2F..%2Fetc%2Fpasswd',
  '00000000-0000-0000-0000-000000000000',
];

const BROKEN_MULTIPART: { headers: Record<string, string>; payload: string }[] = [
  { headers: { 'content-type': 'multipart/form-data' }, payload: 'no boundary at all' },
  {
    headers: { 'content-type': 'multipart/form-data; boundary=lx' },
    payload:
      '--lx\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n\u00ff\u00d8',
  },
  {
    headers: { 'content-type': 'multipart/form-data; boundary=lx' },
    payload: '--other\r\nContent-Disposition: form-data; name="file"\r\n\r\nx\r\n--other--\r\n',
  },
];

function operationsOf(document: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = (op.requestBody as { content?: Record<string, { schema: JsonSchema }> })
        ?.content;
      const key = `${method.toUpperCase()} ${path}`;
      const handRead = HAND_READ_BODIES[key];
      operations.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        summary: String(op.summary ?? ''),
        parameters: (op.parameters as Parameter[] | undefined) ?? [],
        body:
          content?.['application/json']?.schema ??
          (handRead ? (z.toJSONSchema(handRead, { io: 'input' }) as JsonSchema) : null),
        multipart: /multipart/.test(String(op.summary ?? '')),
      });
    }
  }
  // Signing out ends the session the other operations of the role use: it goes last.
  return operations.sort(
    (a, b) => Number(a.path === '/api/auth/logout') - Number(b.path === '/api/auth/logout'),
  );
}

/** A plausible value for a schema: the base into which one hostile value is put at a time. */
function sample(schema: JsonSchema | undefined, depth = 0): unknown {
  if (!schema || depth > 6) return 'fuzz';
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum.find((v) => v !== '') ?? schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const choice = options.find((o) => o.type !== 'null' && !(o.enum && o.enum[0] === ''));
    return sample(choice ?? options[0], depth + 1);
  }
  if (schema.allOf?.length) {
    return Object.assign({}, ...schema.allOf.map((part) => sample(part, depth + 1)));
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        out[name] = sample(property, depth + 1);
      }
      return out;
    }
    case 'array':
      return (schema.minItems ?? 0) > 0 ? [sample(schema.items, depth + 1)] : [];
    case 'integer':
    case 'number':
      return schema.minimum !== undefined && schema.minimum > -1e15 ? schema.minimum : 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'uuid') return randomUUID();
      if (schema.format === 'email') return 'fuzz@example.cn';
      if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '2020-01-01';
      if (schema.pattern === '^1[3-9]\\d{9}$') return '13800138000';
      return 'fuzz'
        .repeat(4)
        .slice(0, Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 8, 8)));
    default:
      return 'fuzz';
  }
}

/** Every place in a body a value can go: each property, down to nested objects and first items. */
function leafPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    return value.length > 0 ? [prefix, ...leafPaths(value[0], [...prefix, 0])] : [prefix];
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const own = prefix.length > 0 ? [prefix] : [];
    return [...own, ...entries.flatMap(([key, item]) => leafPaths(item, [...prefix, key]))];
  }
  return [prefix];
}

function withValueAt(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

let t: Started;
beforeAll(async () => {
  t = await startTestApp({ verifyRateLimitPerMinute: 1_000_000 });
});
afterAll(() => t.close());

it('answers every operation, as every role, with hostile values without a single 5xx', async () => {
  const operations = operationsOf(t.app.swagger() as never);
  expect(operations.length).toBeGreaterThan(100);

  const firm = await makeOrganisation(t.prisma, { mustChangePassword: false });
  const lawyer = await makeLawyer(t.prisma, {
    organisationId: firm.organisation.id,
    mustChangePassword: false,
  });
  const admin = await makeStaff(t.prisma, ['ADMINISTRATOR'], { mustChangePassword: false });
  const roles: [string, TestClient][] = [['anonymous', new TestClient(t.app)]];
  for (const [name, who, portal] of [
    ['lawyer', lawyer, 'member'],
    ['firm', firm, 'member'],
    ['staff', admin, 'admin'],
  ] as const) {
    const client = new TestClient(t.app);
    const res = await client.login(who.login, who.password, portal);
    expect(res.statusCode, `${name} signs in`).toBe(200);
    roles.push([name, client]);
  }

  const failures: string[] = [];
  let sent = 0;
  let turn = 0;
  /** A few hostile values, a different few on each call, so the roles together cover the list. */
  const some = <T>(list: readonly T[], count: number) =>
    Array.from({ length: count }, () => list[turn++ % list.length]!);

  for (const [role, client] of roles) {
    for (const op of operations) {
      const key = `${op.method} ${op.path}`;
      const pathParams = op.parameters.filter((p) => p.in === 'path');
      const queryParams = op.parameters.filter((p) => p.in === 'query');
      const urlWith = (params: Record<string, string>, query: Record<string, string> = {}) => {
        let url = op.path;
        for (const p of pathParams) {
          url = url.replace(`{${p.name}}`, params[p.name] ?? String(sample(p.schema)));
        }
        const search = Object.entries(query)
          .map(([name, value]) => `${encodeURIComponent(name)}=${value}`)
          .join('&');
        return search ? `${url}?${search}` : url;
      };
      const send = async (
        url: string,
        options: { body?: unknown; payload?: string; headers?: Record<string, string> } = {},
        what = '',
      ) => {
        sent++;
        const hasBody = options.body !== undefined || options.payload !== undefined;
        const res = await client.request(op.method, url, {
          ...(options.payload !== undefined ? { payload: options.payload } : {}),
          ...(options.body !== undefined
            ? {
                payload: JSON.stringify(options.body),
                headers: { 'content-type': 'application/json' },
              }
            : {}),
          ...(options.headers ? { headers: options.headers } : {}),
          ...(!hasBody && op.method !== 'GET' && op.method !== 'DELETE' ? { body: {} } : {}),
        });
        if (res.statusCode >= 500) {
          const line = `${role} ${key} ${what} → ${res.statusCode} ${res.body.slice(0, 200)}`;
          failures.push(line);
        }
        return res;
      };

      // A role the operation refuses is refused before its input is read: two hostile requests
      // show that; the roles it serves get the whole set.
      const probe = await send(
        urlWith({ [pathParams[0]?.name ?? '']: '%00' }),
        {
          body: op.method === 'GET' || op.method === 'DELETE' ? undefined : null,
        },
        'probe',
      );
      if (probe.statusCode === 401 || probe.statusCode === 403) {
        await send(urlWith({}), { body: op.body ? sample(op.body) : undefined }, 'refused role');
        continue;
      }

      for (const p of pathParams) {
        for (const value of some(HOSTILE_SEGMENTS, 2)) {
          await send(urlWith({ [p.name]: value }), {}, `path ${p.name}=${value.slice(0, 20)}`);
        }
      }
      for (const p of queryParams) {
        for (const value of some(HOSTILE_SEGMENTS, 2)) {
          await send(urlWith({}, { [p.name]: value }), {}, `query ${p.name}=${value.slice(0, 20)}`);
        }
      }
      if (op.method === 'GET' || op.method === 'DELETE') continue;

      const url = urlWith({});
      if (op.body) {
        const base = sample(op.body);
        await send(url, { body: base }, 'body sample');
        for (const path of leafPaths(base)) {
          for (const value of some(HOSTILE_VALUES, 2)) {
            await send(url, { body: withValueAt(base, path, value) }, `body ${path.join('.')}`);
          }
        }
      }
      for (const whole of [null, [], 'text', 42, deepJson(200), { unexpected: '\u0000' }]) {
        await send(url, { body: whole }, `whole body ${JSON.stringify(whole)?.slice(0, 20)}`);
      }
      await send(
        url,
        { payload: '{"broken": ', headers: { 'content-type': 'application/json' } },
        'broken JSON',
      );
      if (op.multipart) {
        for (const broken of BROKEN_MULTIPART) {
          await send(url, broken, 'multipart broken');
        }
      }
    }
  }

  console.info(
    `OpenAPI fuzz: ${sent} requests over ${operations.length} operations × ${roles.length} roles; ` +
      `${failures.length} answered 5xx`,
  );
  expect(failures).toEqual([]);
}, 240_000);
