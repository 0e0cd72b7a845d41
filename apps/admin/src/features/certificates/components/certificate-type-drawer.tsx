import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Switch,
  type GetRef,
} from 'antd';
import {
  CERTIFICATE_APPLICANT_KIND_LABELS,
  CERTIFICATE_APPLICANT_KINDS,
  CERTIFICATE_REVIEW_MODE_LABELS,
  CERTIFICATE_REVIEW_MODES,
  certificateTypeInputSchema,
  type CertificateField,
  type CertificateType,
  type CertificateTypeInput,
} from '@lx/shared/certificate-schemas';
import { BUILT_IN_PLACEHOLDERS } from '@lx/shared/certificate-template';
import { ZodForm } from '@lx/ui/zod-form';
import { useEffect, useRef } from 'react';
import { z } from 'zod';
import { isConflict } from '@/lib/is-conflict';
import { useFormFeedback } from '@/lib/use-form-feedback';
import { useCreateCertificateType } from '../api/create-certificate-type';
import { useUpdateCertificateType } from '../api/update-certificate-type';
import { CertificateFieldsList } from './certificate-fields-list';
import { CertificateTemplatePreview } from './certificate-template-preview';
import { PlaceholderTags } from './placeholder-tags';

// A cleared 有效天数 is null: "not filled", so the message reads 请填写有效天数.
const certificateTypeFormSchema = z.preprocess((raw) => {
  const values = (raw ?? {}) as Record<string, unknown>;
  return { ...values, validityDays: values.validityDays ?? undefined };
}, certificateTypeInputSchema);

type TextAreaRef = GetRef<typeof Input.TextArea>;

type FormValues = Omit<CertificateTypeInput, 'validityDays' | 'reviewMode'> & {
  validityDays: number | null;
  reviewMode: CertificateTypeInput['reviewMode'] | undefined;
};

function formValues(type: CertificateType | null): FormValues {
  return {
    name: type?.name ?? '',
    description: type?.description ?? '',
    title: type?.title ?? '',
    body: type?.body ?? '',
    fields: type?.fields ?? [],
    namesLawyers: type?.namesLawyers ?? false,
    applicantKinds: type?.applicantKinds ?? [],
    validityDays: type?.validityDays ?? null,
    reviewMode: type?.reviewMode,
    active: type?.active ?? true,
  };
}

/** The built-in placeholders, then each field's label once (blank and clashing ones left out). */
function placeholderNames(fields: Partial<CertificateField>[] | undefined): string[] {
  const names: string[] = [...BUILT_IN_PLACEHOLDERS];
  for (const field of fields ?? []) {
    const label = field?.label?.trim();
    if (label && !names.includes(label)) names.push(label);
  }
  return names;
}

const applicantOptions = CERTIFICATE_APPLICANT_KINDS.map((kind) => ({
  value: kind,
  label: CERTIFICATE_APPLICANT_KIND_LABELS[kind],
}));
const reviewModeOptions = CERTIFICATE_REVIEW_MODES.map((mode) => ({
  value: mode,
  label: CERTIFICATE_REVIEW_MODE_LABELS[mode],
}));

type Props = {
  /** The type being edited, as last loaded; null to create one. */
  type: CertificateType | null;
  onClose: () => void;
  onSaved: () => void;
};

/** 新建证明类型 / 编辑证明类型: the type, its template with a live preview, and its own fields. */
export function CertificateTypeDrawer({ type, onClose, onSaved }: Props) {
  const [form] = Form.useForm<FormValues>();
  const bodyRef = useRef<TextAreaRef>(null);
  const create = useCreateCertificateType();
  const update = useUpdateCertificateType();
  const { alert, setAlert, guard, onValuesChange } = useFormFeedback({
    form,
    schema: certificateTypeFormSchema,
  });
  const title = Form.useWatch('title', form) ?? '';
  const body = Form.useWatch('body', form) ?? '';
  const fields = Form.useWatch('fields', form);

  // When the list brings a newer version (after a conflict), the form shows that version; a mere
  // refetch of the same version leaves what the user typed alone.
  const loadedVersion = type ? `${type.id}:${type.version}` : 'new';
  const shownVersion = useRef(loadedVersion);
  useEffect(() => {
    if (shownVersion.current === loadedVersion) return;
    shownVersion.current = loadedVersion;
    form.setFieldsValue(formValues(type));
  }, [form, type, loadedVersion]);

  /** Writes {{name}} where the caret is in 证明正文 (at the end when it never had the focus). */
  const insertPlaceholder = (name: string) => {
    const token = `{{${name}}}`;
    const textarea = bodyRef.current?.resizableTextArea?.textArea;
    const current = form.getFieldValue('body') ?? '';
    const start = textarea?.selectionStart ?? current.length;
    const end = textarea?.selectionEnd ?? current.length;
    form.setFields([
      { name: 'body', value: current.slice(0, start) + token + current.slice(end), errors: [] },
    ]);
    const caret = start + token.length;
    requestAnimationFrame(() => {
      textarea?.focus();
      textarea?.setSelectionRange(caret, caret);
    });
  };

  const submit = async (input: CertificateTypeInput) => {
    await guard(async () => {
      try {
        if (type) await update.mutateAsync({ id: type.id, version: type.version, input });
        else await create.mutateAsync(input);
        onSaved();
      } catch (error) {
        if (isConflict(error)) {
          setAlert(`${error.message}（已为您载入最新内容，请核对后重新修改并保存）`);
          return;
        }
        throw error;
      }
    });
  };

  return (
    <Drawer
      open
      title={type ? '编辑证明类型' : '新建证明类型'}
      size="large"
      mask={{ closable: false }}
      onClose={onClose}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={() => form.submit()}
          >
            保存
          </Button>
        </Flex>
      }
    >
      {alert ? <Alert type="warning" showIcon title={alert} style={{ marginBottom: 16 }} /> : null}
      <ZodForm
        name="certificate-type"
        form={form}
        schema={certificateTypeFormSchema}
        onValuesChange={onValuesChange}
        onSubmit={submit}
        initialValues={formValues(type)}
        autoComplete="off"
      >
        <Form.Item label="证明名称" name="name" required>
          <Input maxLength={50} showCount placeholder="如 执业证明" />
        </Form.Item>
        <Form.Item label="说明" name="description" required extra="申请人选择证明类型时看到的说明">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
        </Form.Item>
        <Form.Item label="证明标题" name="title" required>
          <Input maxLength={50} showCount />
        </Form.Item>
        <Form.Item
          label="证明正文"
          name="body"
          required
          extra={
            <>
              空一行分段；用 {'{{名称}}'} 引用占位符，签发时替换为申请的信息。
              <PlaceholderTags names={placeholderNames(fields)} onInsert={insertPlaceholder} />
            </>
          }
        >
          <Input.TextArea
            ref={bodyRef}
            autoSize={{ minRows: 8, maxRows: 20 }}
            maxLength={3000}
            showCount
          />
        </Form.Item>
        <Form.Item label="预览">
          <CertificateTemplatePreview title={title} body={body} />
        </Form.Item>
        <CertificateFieldsList />
        <Form.Item
          label="列明律师"
          name="namesLawyers"
          valuePropName="checked"
          extra="开启后申请人须选择律师，正文可使用 {{律师名单}}"
        >
          <Switch />
        </Form.Item>
        <Form.Item label="申请人" name="applicantKinds" required>
          <Checkbox.Group options={applicantOptions} />
        </Form.Item>
        <Form.Item label="有效天数" name="validityDays" required extra="自签发之日起计算">
          <InputNumber min={1} max={3650} precision={0} suffix="天" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="审核方式" name="reviewMode" required>
          <Radio.Group options={reviewModeOptions} />
        </Form.Item>
        <Form.Item
          label="启用"
          name="active"
          valuePropName="checked"
          extra="停用的证明类型不再接受新的申请"
        >
          <Switch />
        </Form.Item>
      </ZodForm>
    </Drawer>
  );
}
