import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { text } from '@lx/shared/formats';
import { pageQuerySchema } from '@lx/shared/pagination';
import {
  basicChangeSchema,
  basicConfirmSchema,
  basicProgressSchema,
  contactInfoSchema,
  personalInfoSchema,
  practiceInfoSchema,
} from '@lx/shared/profile-basic';
import {
  basicInfoSchema,
  markNoneSchema,
  profileChangePageSchema,
  profileOverviewSchema,
  sectionSchema,
  versionSchema,
} from '@lx/shared/profile-schemas';
import { SECTION_ENTRY_SCHEMAS, sectionBySlug } from '@lx/shared/profile-sections';
import type { App } from '../../lib/app-types.ts';
import { notFound, validationError } from '../../lib/domain-error.ts';
import { ID_PHOTO } from '@lx/shared/id-photo';
import { readSingleUpload, readStaged } from '../../lib/read-form.ts';
import { sendPdf, sendPhoto } from '../../lib/send-file.ts';
import {
  changeBasicInfo,
  confirmBasicInfo,
  getBasicInfo,
  recordBasicProgress,
  saveBasicStep,
} from './basic-info.ts';
import { listProfileChanges } from './change-log.ts';
import { replaceProfilePhoto } from './profile-photo.ts';
import { getProfileOverview, profileOfAccount } from './profile-records.ts';
import { transitionProfile } from './profile-review.ts';
import { registrationFormPdf } from './registration-form-pdf.ts';
import {
  createEntry,
  deleteEntry,
  getSection,
  markSectionNone,
  updateEntry,
} from './section-entries.ts';

const slugParams = z.object({ slug: text().max(40) });
const entryParams = slugParams.extend({ id: z.uuid({ error: '记录编号格式不正确' }) });
const entryBody = z.record(z.string(), z.unknown());

function sectionOfSlug(slug: string) {
  const def = sectionBySlug(slug);
  if (!def) throw notFound('档案栏目');
  return def.key;
}

/** The entry body checked against its section's field rules (the route cannot know them). */
function entryData(slug: string, body: unknown) {
  const section = sectionOfSlug(slug);
  const parsed = SECTION_ENTRY_SCHEMAS[section].safeParse(body);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return { section, data: parsed.data };
}

export async function profileRoutes(app: App) {
  const tags = ['profile'];
  const lawyer = { access: 'lawyer' } as const;
  const profileOf = (request: FastifyRequest) =>
    profileOfAccount(app.prisma, request.requireAuth().accountId);
  const profileIdOf = async (request: FastifyRequest) => (await profileOf(request)).id;

  app.get(
    '/api/profile',
    {
      config: lawyer,
      schema: { tags, summary: '信息补全完成情况', response: { 200: profileOverviewSchema } },
    },
    async (request) => getProfileOverview(app.prisma, await profileOf(request)),
  );

  app.get(
    '/api/profile/basic',
    { config: lawyer, schema: { tags, summary: '基本信息', response: { 200: basicInfoSchema } } },
    async (request) => getBasicInfo(app.prisma, await profileOf(request)),
  );

  const steps = [
    { step: 'personal', schema: personalInfoSchema, summary: '保存基本信息（第 3 步）' },
    { step: 'practice', schema: practiceInfoSchema, summary: '保存执业情况（第 4 步）' },
    { step: 'contact', schema: contactInfoSchema, summary: '保存联系方式（第 5 步）' },
  ] as const;
  for (const { step, schema, summary } of steps) {
    app.put(
      `/api/profile/basic/${step}`,
      {
        config: lawyer,
        schema: { tags, summary, body: schema, response: { 200: basicInfoSchema } },
      },
      async (request) =>
        saveBasicStep({
          prisma: app.prisma,
          profileId: await profileIdOf(request),
          input: { step, data: request.body } as never,
          actor: request.actor(),
        }),
    );
  }

  app.put(
    '/api/profile/basic/step',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '记录填写进度',
        body: basicProgressSchema,
        response: { 200: basicInfoSchema },
      },
    },
    async (request) =>
      recordBasicProgress({
        prisma: app.prisma,
        profileId: await profileIdOf(request),
        step: request.body.step,
      }),
  );

  app.post(
    '/api/profile/basic/confirm',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '确认补全基本信息',
        body: basicConfirmSchema,
        response: { 200: basicInfoSchema },
      },
    },
    async (request) =>
      confirmBasicInfo({
        prisma: app.prisma,
        profileId: await profileIdOf(request),
        actor: request.actor(),
      }),
  );

  app.put(
    '/api/profile/basic',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '信息变更：修改基本信息',
        body: basicChangeSchema,
        response: { 200: basicInfoSchema },
      },
    },
    async (request) =>
      changeBasicInfo({
        prisma: app.prisma,
        profileId: await profileIdOf(request),
        input: request.body,
        actor: request.actor(),
      }),
  );

  app.put(
    '/api/profile/photo',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '上传证件照片（multipart，字段 file：JPG，358×441，不超过 1 MB）',
        response: { 200: basicInfoSchema },
      },
    },
    async (request) => {
      const profileId = await profileIdOf(request);
      const upload = await readSingleUpload(request, {
        field: 'file',
        maxBytes: ID_PHOTO.maxBytes,
        types: ['image/jpeg'],
        label: '证件照片',
        imageLimit: null, // normaliseIdPhoto checks it, stricter and with the photo's own messages
      });
      return replaceProfilePhoto({
        prisma: app.prisma,
        storage: app.storage,
        profileId,
        images: app.imagePool,
        bytes: await readStaged(upload),
        actor: request.actor(),
      });
    },
  );

  app.get(
    '/api/profile/photo',
    { config: lawyer, schema: { tags, summary: '本人的证件照片' } },
    async (request, reply) => sendPhoto(app.storage, (await profileOf(request)).photoKey, reply),
  );

  app.get(
    '/api/profile/sections/:slug',
    {
      config: lawyer,
      schema: { tags, summary: '档案栏目', params: slugParams, response: { 200: sectionSchema } },
    },
    async (request) =>
      getSection(app.prisma, await profileOf(request), sectionOfSlug(request.params.slug)),
  );

  app.post(
    '/api/profile/sections/:slug/entries',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '新增记录',
        params: slugParams,
        body: entryBody,
        response: { 200: sectionSchema },
      },
    },
    async (request) => {
      const { section, data } = entryData(request.params.slug, request.body);
      return createEntry({
        prisma: app.prisma,
        profileId: await profileIdOf(request),
        section,
        data,
        actor: request.actor(),
      });
    },
  );

  app.put(
    '/api/profile/sections/:slug/entries/:id',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '修改记录',
        params: entryParams,
        body: entryBody,
        response: { 200: sectionSchema },
      },
    },
    async (request) => {
      const { section, data } = entryData(request.params.slug, request.body);
      return updateEntry({
        prisma: app.prisma,
        profileId: await profileIdOf(request),
        section,
        entryId: request.params.id,
        data,
        actor: request.actor(),
      });
    },
  );

  app.delete(
    '/api/profile/sections/:slug/entries/:id',
    {
      config: lawyer,
      schema: { tags, summary: '删除记录', params: entryParams, response: { 200: sectionSchema } },
    },
    async (request) =>
      deleteEntry({
        prisma: app.prisma,
        profileId: await profileIdOf(request),
        section: sectionOfSlug(request.params.slug),
        entryId: request.params.id,
        actor: request.actor(),
      }),
  );

  app.put(
    '/api/profile/sections/:slug/none',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '填报为无',
        params: slugParams,
        body: markNoneSchema,
        response: { 200: sectionSchema },
      },
    },
    async (request) =>
      markSectionNone({
        prisma: app.prisma,
        profileId: await profileIdOf(request),
        section: sectionOfSlug(request.params.slug),
        none: request.body.none,
        actor: request.actor(),
      }),
  );

  for (const action of ['submit', 'withdraw'] as const) {
    app.post(
      `/api/profile/${action}`,
      {
        config: lawyer,
        schema: {
          tags,
          summary: action === 'submit' ? '正式提交审核' : '撤回信息补全申请',
          body: versionSchema,
          response: { 200: profileOverviewSchema },
        },
      },
      async (request) => {
        const profile = await transitionProfile({
          prisma: app.prisma,
          profileId: await profileIdOf(request),
          action,
          version: request.body.version,
          actor: request.actor(),
        });
        return getProfileOverview(app.prisma, profile);
      },
    );
  }

  app.get(
    '/api/profile/changes',
    {
      config: lawyer,
      schema: {
        tags,
        summary: '近期变更',
        querystring: pageQuerySchema,
        response: { 200: profileChangePageSchema },
      },
    },
    async (request) => listProfileChanges(app.prisma, await profileIdOf(request), request.query),
  );

  app.get(
    '/api/profile/registration-form.pdf',
    { config: lawyer, schema: { tags, summary: '打印《律师基本信息登记表》' } },
    async (request, reply) => {
      const pdf = await registrationFormPdf({
        prisma: app.prisma,
        storage: app.storage,
        profile: await profileOf(request),
      });
      return sendPdf(reply, pdf, '律师基本信息登记表.pdf');
    },
  );
}
