import { Flex, theme } from 'antd';
import type { ReactNode } from 'react';

type PublicPageShellProps = { title: string; children: ReactNode; footer?: ReactNode };

/** The frame of the pages one sees before logging in: the platform's name and one card. */
export function PublicPageShell({ title, children, footer }: PublicPageShellProps) {
  const { token } = theme.useToken();
  return (
    <Flex
      vertical
      align="center"
      style={{
        minHeight: '100vh',
        padding: '48px 16px 32px',
        background: 'linear-gradient(180deg, #9f1d20 0, #9f1d20 220px, #f5f5f5 220px)',
      }}
    >
      <h2
        style={{
          color: '#fff',
          margin: '0 0 24px',
          textAlign: 'center',
          fontSize: token.fontSizeHeading2,
          fontWeight: token.fontWeightStrong,
          lineHeight: token.lineHeightHeading2,
        }}
      >
        律协会员服务平台
      </h2>
      {/* A card drawn by hand, not antd's Card: that one brings its tabs, menus and dropdowns
          (60 KB of script) to the login page, the first page on a slow phone (issue 19). */}
      <section
        aria-labelledby="public-page-title"
        style={{
          width: '100%',
          maxWidth: 440,
          boxSizing: 'border-box',
          background: token.colorBgContainer,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <div
          style={{
            padding: `${token.padding}px ${token.paddingLG}px`,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <h1 id="public-page-title" style={{ fontSize: 18, margin: 0, lineHeight: '24px' }}>
            {title}
          </h1>
        </div>
        <div style={{ padding: token.paddingLG }}>{children}</div>
      </section>
      {footer ? <div style={{ marginTop: 24, maxWidth: 440, width: '100%' }}>{footer}</div> : null}
    </Flex>
  );
}
