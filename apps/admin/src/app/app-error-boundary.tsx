import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';

type State = { error: Error | null };

/** The last line of defence, around the router: whatever breaks, the user reads Chinese. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="error"
        title="管理后台出错了"
        subTitle="很抱歉，系统发生了意外错误。请刷新页面后重试；如果问题仍然存在，请联系系统管理员。"
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            刷新页面
          </Button>
        }
      />
    );
  }
}
