import { Col, Form, Input, InputNumber, Radio, Row } from 'antd';
import { PAPER_PICKUP_LABELS, PAPER_PICKUPS } from '@lx/shared/certificate-workflow';

const NEEDED_OPTIONS = [
  { label: '不需要', value: false },
  { label: '需要', value: true },
];
const PICKUP_OPTIONS = PAPER_PICKUPS.map((pickup) => ({
  label: PAPER_PICKUP_LABELS[pickup],
  value: pickup,
}));

/** 收件人, 收件人电话 and 收件地址 of copies sent by post. */
function RecipientFields() {
  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item label="收件人" name={['paper', 'recipient']} required>
          <Input maxLength={30} autoComplete="name" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="收件人电话" name={['paper', 'phone']} required>
          <Input maxLength={20} inputMode="tel" autoComplete="tel" />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Form.Item label="收件地址" name={['paper', 'address']} required>
          <Input maxLength={200} autoComplete="street-address" />
        </Form.Item>
      </Col>
    </>
  );
}

/**
 * 纸质证明: not needed, or how many and how they reach the applicant; 邮寄 asks for the
 * recipient. Fields that a choice makes irrelevant are not shown (and not sent). The choices are
 * read as the form renders, so the fields a draft needs exist from the first render (and the
 * server's messages for them can be put on them at once).
 */
export function PaperCopiesFields() {
  return (
    <>
      <Form.Item label="纸质证明" name={['paper', 'needed']} required>
        <Radio.Group aria-label="纸质证明" options={NEEDED_OPTIONS} />
      </Form.Item>
      <Form.Item
        noStyle
        dependencies={[
          ['paper', 'needed'],
          ['paper', 'pickup'],
        ]}
      >
        {({ getFieldValue }) => {
          const needed: unknown = getFieldValue(['paper', 'needed']);
          const pickup: unknown = getFieldValue(['paper', 'pickup']);
          if (needed !== true) return null;
          return (
            <Row gutter={24}>
              <Col xs={24} md={12}>
                <Form.Item
                  label="申请数量"
                  name={['paper', 'quantity']}
                  required
                  extra="每次最多申请 10 份"
                >
                  <InputNumber min={1} max={10} precision={0} suffix="份" style={{ width: 160 }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item label="领取方式" name={['paper', 'pickup']} required>
                  <Radio.Group aria-label="领取方式" options={PICKUP_OPTIONS} />
                </Form.Item>
              </Col>
              {pickup === 'MAIL' ? <RecipientFields /> : null}
            </Row>
          );
        }}
      </Form.Item>
    </>
  );
}
