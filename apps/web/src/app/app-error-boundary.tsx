import { Component, type ErrorInfo, type ReactNode } from 'react';

type AppErrorBoundaryState = { failed: boolean };

/**
 * The last line: catches what the router's boundaries cannot (the providers, the router itself).
 * Plain markup, since the UI kit may be what failed.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): AppErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div
        role="alert"
        style={{ maxWidth: 480, margin: '15vh auto', padding: 24, textAlign: 'center' }}
      >
        <h1 style={{ fontSize: 22, color: '#9f1d20' }}>律协会员服务平台暂时无法使用</h1>
        <p style={{ color: '#595959', lineHeight: 1.8 }}>
          页面发生了意外错误。请刷新页面重试，如问题持续出现请联系协会技术支持。
        </p>
        <button
          type="button"
          onClick={() => window.location.reload()}
          style={{
            padding: '8px 24px',
            border: 0,
            borderRadius: 6,
            background: '#9f1d20',
            color: '#fff',
            cursor: 'pointer',
          }}
        >
          刷新页面
        </button>
      </div>
    );
  }
}
