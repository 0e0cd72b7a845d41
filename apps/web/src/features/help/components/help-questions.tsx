import { Collapse, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import {
  MAX_TICKET_ATTACHMENT_BYTES,
  MAX_TICKET_ATTACHMENTS,
  megabytes,
} from '@lx/shared/upload-limits';
import { paths } from '@/config/paths';

type HelpQuestion = { key: string; question: string; answer: ReactNode };

const ticketLink = <Link to={paths.newTicket.getHref()}>提交工单</Link>;

// The member manual's chapter 五 常见问题 and 2.2 技术支持, told for this platform's pages.
const QUESTIONS: HelpQuestion[] = [
  {
    key: 'cannot-log-in',
    question: '律师无法登录',
    answer: (
      <>
        <Typography.Paragraph>律师无法登录通常有两种原因：</Typography.Paragraph>
        <ol style={{ paddingInlineStart: 20 }}>
          <li>
            信息登记有误：请律师事务所登录平台，在“
            <Link to={paths.roster.getHref()}>律师列表</Link>
            ”中核对该律师的身份证号和执业证号；如不一致，请由律师事务所{ticketLink}
            并上传该律师的执业证扫描件。
          </li>
          <li>
            新执业律师的信息尚未登记：律师事务所可在“律师列表”中点击“添加律师”自助添加；如提示身份证号或执业证号已存在，请提交工单并上传该律师的执业证扫描件，由协会核实处理。
          </li>
        </ol>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          律师使用执业证号或会员编号登录，初始密码为身份证号后六位（字母小写），首次登录后须修改密码。
        </Typography.Paragraph>
      </>
    ),
  },
  {
    key: 'transferred',
    question: '律师已经转所如何处理',
    answer: (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        执业机构以执业证登记为准。转所后平台仍记录原执业机构的，请{ticketLink}
        （类别选择“转所”），并上传新的执业证作为修改依据；正在办理转所期间暂不处理。原律师事务所可在“律师列表”中为该律师登记离所。
      </Typography.Paragraph>
    ),
  },
  {
    key: 'wrong-name',
    question: '律师姓名登记错了如何修改',
    answer: (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        请{ticketLink}
        （类别选择“姓名错误”），在问题描述中分别写明错误和正确的姓名，并上传律师执业证扫描件。
      </Typography.Paragraph>
    ),
  },
  {
    key: 'wrong-role',
    question: '所内身份不对怎么办',
    answer: (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        所内身份分为负责人（主任）、合伙人和律师。如发现所内身份不符，请通知所在律师事务所通过工单反馈，并上传执业证副本扫描件。
      </Typography.Paragraph>
    ),
  },
  {
    key: 'forgot-password',
    question: '忘记密码',
    answer: (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        请在登录页点击“忘记密码”，或直接打开
        <Link to={paths.forgotPassword.getHref()}>找回密码</Link>
        页面，输入登录账号，通过登记的手机号码接收验证码后重设密码。如手机号码已变更无法接收验证码，请联系协会（联系方式见本页下方）。
      </Typography.Paragraph>
    ),
  },
  {
    key: 'photo',
    question: '照片上传要求',
    answer: (
      <>
        <Typography.Paragraph>
          请上传本人近期免冠证件照，照片将印制在会员卡正面，用于核对身份。上传后可在页面中裁剪，平台会将照片裁剪为
          358（宽）×441（高）像素。
        </Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          请不要使用风景照、侧面照，也不要翻拍身份证、执业证等证件上的照片；带边框、带钢印或模糊不清的照片均不能使用。
        </Typography.Paragraph>
      </>
    ),
  },
  {
    key: 'lost-card',
    question: '会员卡遗失怎么办',
    answer: (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        请先在“<Link to={paths.cardManagement.getHref()}>会员卡管理</Link>
        ”中对该卡办理挂失；确认无法找回后，在“
        <Link to={paths.cards.getHref()}>会员卡</Link>
        ”页面提交遗失申请。挂失后又找到会员卡的，可在会员卡管理中重新激活。
      </Typography.Paragraph>
    ),
  },
  {
    key: 'verify-certificate',
    question: '电子证明如何验证真伪',
    answer: (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        任何人无需登录即可在“<Link to={paths.verify.getHref()}>电子证明验证</Link>
        ”页面输入证明编号，或上传电子证明 PDF
        文件，核验证明的真伪和状态；扫描证明上的二维码也会打开验证结果。
      </Typography.Paragraph>
    ),
  },
  {
    key: 'edit-after-submit',
    question: '已经提交审核还能修改信息吗',
    answer: (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        审核中的信息补全申请可以撤回后修改；审核通过后，部分信息可以在“
        <Link to={paths.profile.getHref()}>个人档案</Link>”中通过信息变更修改。
      </Typography.Paragraph>
    ),
  },
  {
    key: 'page-problems',
    question: '填写信息时内容消失或一直提示“待填写”',
    answer: (
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        请刷新页面后重新输入（使用半角字符），或退出后重新登录；如仍不能解决，请换一个浏览器或电脑再试，并可提交工单反馈。
      </Typography.Paragraph>
    ),
  },
  {
    key: 'ticket',
    question: '如何提交工单',
    answer: (
      <>
        <Typography.Paragraph>
          使用平台遇到问题或发现信息有误时，请在“
          <Link to={paths.newTicket.getHref()}>提交工单</Link>
          ”页面选择类别，填写工单标题和问题描述（如反馈信息有误，请写明正确的信息），并上传相关证明材料作为附件（图片或
          PDF，单个不超过 {megabytes(MAX_TICKET_ATTACHMENT_BYTES)} MB，最多 {MAX_TICKET_ATTACHMENTS}{' '}
          个）。
        </Typography.Paragraph>
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          提交后可在“<Link to={paths.tickets.getHref()}>我的工单</Link>
          ”中查看处理进度和协会的回复，并可继续追问；问题已解决可关闭工单，自行解决或提交有误时可取消工单。
        </Typography.Paragraph>
      </>
    ),
  },
];

/** 常见问题, one panel each, the question as its header. */
export function HelpQuestions() {
  return (
    <Collapse
      items={QUESTIONS.map(({ key, question, answer }) => ({
        key,
        label: question,
        children: answer,
      }))}
    />
  );
}
