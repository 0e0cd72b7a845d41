import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { $ZodType } from 'zod/v4/core';
import { hasUnreadableCharacters, UNREADABLE_MESSAGE } from '@lx/shared/formats';

/** No form of this product nests more than a few levels; deeper JSON is an attack or a bug. */
export const MAX_INPUT_DEPTH = 16;
export const TOO_DEEP_MESSAGE = '提交的内容嵌套层级过深';

/**
 * Checks every string and key of a body, query or path (without recursion, so no nesting can
 * overflow the stack): no unreadable characters, no nesting deeper than MAX_INPUT_DEPTH.
 */
function checkReadable(input: unknown, ctx: z.RefinementCtx) {
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: input, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (hasUnreadableCharacters(value)) {
        ctx.addIssue({ code: 'custom', path, message: UNREADABLE_MESSAGE });
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      ctx.addIssue({ code: 'custom', path, message: TOO_DEEP_MESSAGE });
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (hasUnreadableCharacters(key)) {
        ctx.addIssue({ code: 'custom', path, message: UNREADABLE_MESSAGE });
        continue;
      }
      stack.push({ value: item, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
}

const readableInput = z.unknown().superRefine(checkReadable);

/**
 * The route schemas' validator, behind one net: whatever a schema forgets, no NUL, control
 * character, lone surrogate or absurdly deep JSON reaches a service or the database. The shared
 * rules (`text()` in @lx/shared/formats) refuse the same on each field for the page; this is the
 * guarantee for every route, including fields a schema takes as they come.
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> = (route) =>
  zodValidatorCompiler({ ...route, schema: readableInput.pipe(route.schema as z.ZodType) });
