import type { UploadFile } from 'antd';
import { z } from 'zod';
import { leaveInputSchema } from '@lx/shared/event-schemas';
import { always } from '@lx/shared/formats';

// The 请假 form's values: the API's schema, plus the files, which the API also requires (a leave
// request is a reason and an attachment, SPEC §2.4): refused here before anything is sent.

/** The API's own words for the same refusal (apps/api/src/modules/events/leave-requests.ts). */
export const LEAVE_ATTACHMENT_REQUIRED_MESSAGE = '请上传请假附件';

export const leaveFormSchema = leaveInputSchema
  .extend({ attachments: z.array(z.custom<UploadFile>()).default([]) })
  .superRefine((values, ctx) => {
    if ((values.attachments ?? []).length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['attachments'],
        message: LEAVE_ATTACHMENT_REQUIRED_MESSAGE,
      });
  }, always);
