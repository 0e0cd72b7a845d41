import { Button, Flex, Form, Input, Select, Switch, Typography } from 'antd';
import {
  CERTIFICATE_FIELD_KIND_LABELS,
  type CertificateField,
} from '@lx/shared/certificate-schemas';

const kindOptions = (
  Object.entries(CERTIFICATE_FIELD_KIND_LABELS) as [CertificateField['kind'], string][]
).map(([value, label]) => ({ value, label }));

const NEW_FIELD: CertificateField = { name: '', label: '', kind: 'text', required: false };

/**
 * 填写项: the type's own fields, which the applicant fills in step 3; each one's 字段名称 becomes a
 * placeholder of the template.
 */
export function CertificateFieldsList() {
  return (
    <Form.Item
      label="填写项"
      extra="申请人申请时需填写的内容；字段名称可作为占位符用在证明标题和正文中。"
    >
      <Form.List name="fields">
        {(rows, { add, remove }, { errors }) => (
          <Flex vertical gap={12}>
            {rows.length === 0 ? (
              <Typography.Text type="secondary">暂无填写项</Typography.Text>
            ) : null}
            {rows.map((row, index) => (
              <div
                key={row.key}
                role="group"
                aria-label={`填写项 ${index + 1}`}
                style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '12px 12px 0' }}
              >
                <Flex gap={12} wrap align="flex-start">
                  <Form.Item
                    label="字段代码"
                    name={[row.name, 'name']}
                    required
                    style={{ width: 140, marginBottom: 12 }}
                  >
                    <Input placeholder="如 purpose" maxLength={31} autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    label="字段名称"
                    name={[row.name, 'label']}
                    required
                    style={{ width: 150, marginBottom: 12 }}
                  >
                    <Input placeholder="如 用途" maxLength={20} autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    label="字段类型"
                    name={[row.name, 'kind']}
                    required
                    style={{ width: 120, marginBottom: 12 }}
                  >
                    <Select options={kindOptions} />
                  </Form.Item>
                  <Form.Item
                    label="必填"
                    name={[row.name, 'required']}
                    valuePropName="checked"
                    style={{ marginBottom: 12 }}
                  >
                    <Switch />
                  </Form.Item>
                  <Form.Item label=" " colon={false} style={{ marginBottom: 12 }}>
                    <Button danger type="link" onClick={() => remove(row.name)}>
                      删除
                    </Button>
                  </Form.Item>
                </Flex>
              </div>
            ))}
            <Form.ErrorList errors={errors} />
            <Button type="dashed" onClick={() => add(NEW_FIELD)} block>
              添加填写项
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
