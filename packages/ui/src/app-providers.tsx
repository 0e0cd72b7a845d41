import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiRequestError } from './api-client.tsx';
import { legacyCssTransformers } from './legacy-css.tsx';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // An answer from the API (401, 403, 404…) will not change by asking again.
        retry: (count, error) => !(error instanceof ApiRequestError) && count < 2,
      },
    },
  });
}

const theme = {
  token: {
    colorPrimary: '#9f1d20',
    fontFamily:
      "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Noto Sans SC', sans-serif",
    borderRadius: 6,
    // WCAG 2.1 AA (issue 19): text, links and tags at 4.5:1 or more against white and antd's
    // light backgrounds. antd's greys for secondary text (45 % black, 3.36:1) and its link blue
    // (#1677ff, 4.1:1) fall short, as do the text colours of its status and orange/red tags.
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.5)',
    colorLink: '#0958d9',
    colorLinkHover: '#1677ff',
    colorLinkActive: '#003eb3',
    colorSuccessText: '#237804',
    colorWarningText: '#874d00',
    colorErrorText: '#a8071a',
    colorInfoText: '#0958d9',
    // No opening animations: a dropdown that grows while it opens is placed for its first, small
    // size and then flips above its field once it is full size. On a slow phone that move comes
    // between a finger's touch and its release, and the option under the finger is not picked
    // (issue 16 §5: a Select pick that did not take). Without motion a popup is placed once, at
    // its full size, and stays there.
    motion: false,
  },
  components: {
    // A tag's text is its colour's 7th shade (a status tag's: the status colour) on the 1st: for
    // green, gold, orange, volcano and the status colours that is under 4.5:1, so those tags
    // write in a darker shade of the same colour.
    Tag: {
      colorSuccess: '#237804',
      colorWarning: '#ad4e00',
      colorError: '#cf1322',
      colorInfo: '#0958d9',
      green7: '#237804',
      gold7: '#874d00',
      orange7: '#ad4e00',
      volcano7: '#ad2102',
      cyan7: '#006d75',
      lime7: '#3f6600',
    },
  },
};

export function AppProviders({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    // 360 Browser's compatibility mode runs Chrome 86 (issue 19). By default antd's styles select
    // with `:where(.css-…)` (Chrome 88+), and Chrome 86 drops every such rule: antd is unstyled.
    // `hashPriority="high"` writes the plain class instead; the transformers do the rest.
    <StyleProvider hashPriority="high" transformers={legacyCssTransformers}>
      {/* antd puts a space between two Chinese characters on a button ("登 录"); the manuals
          write "登录", and that is the name screen readers and tests should find. */}
      <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
        <AntApp>
          <QueryClientProvider client={client}>{children}</QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </StyleProvider>
  );
}
