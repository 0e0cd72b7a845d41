import { Alert, Button, Col, Flex, Row } from 'antd';
import { useState } from 'react';
import type { FieldDef, FieldValues } from '@lx/shared/profile-fields';
import { SECTION_ENTRY_SCHEMAS, type SectionDef } from '@lx/shared/profile-sections';
import { ZodForm } from '@lx/ui/zod-form';
import { formErrorMessage } from '@/lib/form-error';
import { SectionFieldInput } from './section-field-input';

/** A stored entry's data as the form's values: strings, and booleans for checkboxes. */
function formValues(fields: readonly FieldDef[], data: Record<string, unknown> | undefined) {
  const values: FieldValues = {};
  for (const field of fields) {
    const value = data?.[field.name];
    if (field.kind === 'checkbox') values[field.name] = value === true;
    else values[field.name] = typeof value === 'string' ? value : undefined;
  }
  return values;
}

type SectionEntryFormProps = {
  def: SectionDef;
  /** The entry's stored data when editing; a new entry starts empty. */
  data?: Record<string, unknown>;
  saving: boolean;
  onSave: (values: FieldValues) => Promise<unknown>;
  onCancel: () => void;
};

/**
 * The form of any list section, drawn from its field definitions and validated with the same
 * schema the API uses; the server's field errors land on the fields.
 */
export function SectionEntryForm({ def, data, saving, onSave, onCancel }: SectionEntryFormProps) {
  const [formError, setFormError] = useState<string | null>(null);

  return (
    <ZodForm
      name={`section-entry-${def.slug}`}
      schema={SECTION_ENTRY_SCHEMAS[def.key]}
      initialValues={formValues(def.fields, data)}
      // Enter after typing a date must not save a half-filled entry: only 保存 saves.
      submitOnEnter={false}
      onSubmit={async (values) => {
        setFormError(null);
        try {
          await onSave(values);
        } catch (error) {
          setFormError(formErrorMessage(error));
        }
      }}
    >
      {formError ? (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      ) : null}
      <Row gutter={16}>
        {def.fields.map((field) => (
          <Col key={field.name} xs={24} sm={field.kind === 'textarea' ? 24 : 12}>
            <SectionFieldInput field={field} />
          </Col>
        ))}
      </Row>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onCancel}>取消</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存
        </Button>
      </Flex>
    </ZodForm>
  );
}
