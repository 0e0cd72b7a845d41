import { Flex, theme } from 'antd';

/**
 * What stands where a page will be while its chunk loads. A ring drawn with CSS (styles.css), not
 * antd's Spin: this is on screen before the first page of a visit, and the login page carries no
 * more script than it needs (issue 19).
 */
export function FullPageSpin({ description = '正在加载…' }: { description?: string }) {
  const { token } = theme.useToken();
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      gap={12}
      role="status"
      aria-live="polite"
      style={{ minHeight: '60vh', color: token.colorPrimary, fontSize: token.fontSize }}
    >
      <span className="lx-spin" aria-hidden />
      <span>{description}</span>
    </Flex>
  );
}
