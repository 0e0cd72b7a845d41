import { CARD_APPLICATION_KIND_LABELS } from '@lx/shared/card-workflow';
import { formatDateTime } from '@lx/shared/dates';
import { GENDER_LABELS, PRACTICE_CATEGORY_LABELS } from '@lx/shared/labels';
import type { PrismaClient } from '../../generated/prisma/client.ts';
import { renderCardApplicationForm } from '../../lib/pdf/card-application-form.ts';
import type { Storage } from '../../lib/storage.ts';
import { stateLabel, toApplication, type ApplicationWithHistory } from './card-records.ts';

const WATERMARKS: Partial<Record<ApplicationWithHistory['state'], string>> = {
  CANCELLED: '已撤消',
  REJECTED: '已驳回',
};

/** 打印申请单: the application as confirmed, its photo, and what has happened to it. */
export async function cardApplicationFormPdf(options: {
  prisma: PrismaClient;
  storage: Storage;
  application: ApplicationWithHistory;
}): Promise<Uint8Array> {
  const { prisma, storage, application } = options;
  const view = toApplication(application);
  const [association, photo] = await Promise.all([
    prisma.association.findFirst({ select: { name: true } }),
    storage.get(application.photoKey),
  ]);
  const d = view.data;
  const or = (text: string | null) => text ?? '';
  return renderCardApplicationForm({
    associationName: association?.name ?? '',
    number: view.number,
    kindLabel: view.reason
      ? `${CARD_APPLICATION_KIND_LABELS[view.kind]}（${view.reason}）`
      : CARD_APPLICATION_KIND_LABELS[view.kind],
    appliedAt: formatDateTime(application.createdAt),
    stateLabel: stateLabel(view.state),
    watermark: WATERMARKS[view.state] ?? null,
    photo: photo ? new Uint8Array(photo) : null,
    identity: [
      { label: '姓名', value: `${d.name}（${GENDER_LABELS[d.gender]}）` },
      { label: '身份证号', value: d.idNo },
      { label: '执业机构', value: d.organisationName },
      { label: '执业类别', value: PRACTICE_CATEGORY_LABELS[d.practiceCategory] },
      { label: '执业证号', value: or(d.licenceNo) },
      { label: '资格证号', value: or(d.qualificationNo) },
    ],
    fields: [
      { label: '主管机关', value: d.authority },
      { label: '手机号码', value: or(d.mobile) },
      { label: '联系电话', value: or(d.phone) },
      { label: '邮政编码', value: or(d.postcode) },
      { label: '联系地址', value: or(d.address) },
      ...(view.replacesCardNumber ? [{ label: '原卡卡号', value: view.replacesCardNumber }] : []),
      ...(view.cardNumber ? [{ label: '新卡卡号', value: view.cardNumber }] : []),
      ...(view.rejectReason ? [{ label: '驳回原因', value: view.rejectReason }] : []),
    ],
    history: view.history.map(
      (event) =>
        `${formatDateTime(new Date(event.createdAt))}\u3000${event.label}（${stateLabel(event.toState)}）\u3000${event.actorName}${event.comment ? `：${event.comment}` : ''}`,
    ),
    printedAt: formatDateTime(new Date()),
  });
}
