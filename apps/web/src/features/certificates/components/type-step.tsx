import { Col, Empty, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import type { CertificateWizard } from '@lx/shared/certificate-schemas';
import { renderCertificateText } from '@lx/shared/certificate-template';
import { StepHeading } from '@/components/step-heading';
import { previewValuesOf, type ApplicationDraft } from './application-draft';
import { ApplyStepActions } from './apply-step-actions';
import { CertificatePaper } from './certificate-paper';
import { CertificateTypeChoices } from './certificate-type-choices';

type TypeStepProps = {
  wizard: CertificateWizard;
  draft: ApplicationDraft;
  /** Why the server refused the chosen type when the application was submitted. */
  refusal: string | null;
  /** 上一步 keeps the type chosen, if any. */
  onPrevious: (typeId: string | undefined) => void;
  onNext: (typeId: string) => void;
  nextLoading: boolean;
};

/** Step 2 选择证明类型: the types this applicant may apply for, with the chosen one's template. */
export function TypeStep({
  wizard,
  draft,
  refusal,
  onPrevious,
  onNext,
  nextLoading,
}: TypeStepProps) {
  const [selectedId, setSelectedId] = useState(draft.typeId);
  const [missing, setMissing] = useState(false);
  const selected = wizard.types.find((type) => type.id === selectedId);

  const select = (typeId: string) => {
    setMissing(false);
    setSelectedId(typeId);
  };
  const next = () => {
    if (!selected) {
      setMissing(true);
      return;
    }
    onNext(selected.id);
  };

  const hint = missing ? (
    <Typography.Text type="danger" role="alert">
      请选择证明类型
    </Typography.Text>
  ) : refusal && selected?.id === draft.typeId ? (
    <Typography.Text type="danger" role="alert">
      {refusal}
    </Typography.Text>
  ) : null;

  return (
    <>
      <StepHeading title="选择证明类型">
        选择需要申请的电子证明类型，选中后可预览该证明的模板。
      </StepHeading>
      {wizard.types.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无可申请的证明类型" />
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={10}>
            <CertificateTypeChoices
              types={wizard.types}
              selectedId={selectedId}
              onSelect={select}
            />
          </Col>
          <Col xs={24} lg={14}>
            {selected ? (
              <Flex vertical gap={8}>
                <Typography.Text strong>模板预览：{selected.name}</Typography.Text>
                <CertificatePaper
                  compact
                  label="模板预览"
                  text={renderCertificateText(selected, previewValuesOf(wizard, selected, draft))}
                  associationName={wizard.associationName}
                />
              </Flex>
            ) : (
              <Flex
                align="center"
                justify="center"
                style={{ minHeight: 160, border: '1px dashed #d9d9d9', borderRadius: 6 }}
              >
                <Typography.Text type="secondary">
                  选择证明类型后，可在此预览证明模板
                </Typography.Text>
              </Flex>
            )}
          </Col>
        </Row>
      )}
      <ApplyStepActions
        onPrevious={() => onPrevious(selected?.id)}
        nextLabel="下一步：填写信息"
        onNext={wizard.types.length > 0 ? next : undefined}
        nextLoading={nextLoading}
        hint={hint}
      />
    </>
  );
}
