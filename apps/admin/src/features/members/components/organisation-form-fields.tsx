import { Col, Form, Input, Row, Select } from 'antd';
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from '@lx/shared/labels';
import { ORGANISATION_STATUS_LABELS, ORGANISATION_STATUSES } from '@lx/shared/member-schemas';

/** The fields of 新建机构 and 编辑机构; `editing` adds the state and the reason. */
export function OrganisationFormFields({ editing }: { editing: boolean }) {
  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item label="机构类型" name="kind" required>
          <Select
            placeholder="请选择"
            options={ORGANISATION_KINDS.map((k) => ({
              value: k,
              label: ORGANISATION_KIND_LABELS[k],
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="机构名称" name="name" required>
          <Input maxLength={60} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          label="执业许可证号"
          name="licenceNo"
          extra="律师事务所必填，用作登录账号，初始密码为其后 6 位"
        >
          <Input maxLength={17} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="负责人" name="headName">
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item label="地址" name="address">
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label="联系电话" name="phone">
          <Input maxLength={30} />
        </Form.Item>
      </Col>
      {editing ? (
        <>
          <Col xs={24} sm={12}>
            <Form.Item label="机构状态" name="status" required>
              <Select
                options={ORGANISATION_STATUSES.map((s) => ({
                  value: s,
                  label: ORGANISATION_STATUS_LABELS[s],
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label="修改原因" name="reason" required extra="原因记入审计日志">
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={200} showCount />
            </Form.Item>
          </Col>
        </>
      ) : (
        <Col xs={24} sm={12}>
          <Form.Item label="手机号码" name="mobile" extra="用于找回密码，可不填">
            <Input maxLength={11} />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
