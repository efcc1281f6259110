/** Keeps a failing screen from blanking the app: the screen shows what went wrong and a way back. */
import { Component, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Changing it (e.g. the route) clears the error. */
  resetKey: string;
  title: string;
  back: string;
}

export class ErrorBoundary extends Component<Props, { error: Error | null; resetKey: string }> {
  state = { error: null as Error | null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; resetKey: string }) {
    return props.resetKey !== state.resetKey ? { error: null, resetKey: props.resetKey } : null;
  }

  render() {
    if (this.state.error) {
      return (
        <section className="screen screen-error" role="alert">
          <h2>{this.props.title}</h2>
          <p>{this.state.error.message}</p>
          <p>
            <a href="#/">{this.props.back}</a>
          </p>
        </section>
      );
    }
    return this.props.children;
  }
}
