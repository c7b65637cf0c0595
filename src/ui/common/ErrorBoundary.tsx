import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** what this boundary guards, for the message: "The steps" */
  what: string;
  /** puts the inputs back to defaults (they are in the persisted store, so a render error cannot lose them otherwise) */
  onReset(): void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** Keeps one failing panel from blanking the page: says what failed and offers a way out. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.what} failed to render`, error, info.componentStack);
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  private retry = () => this.setState({ error: null });

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="panel-error">
        <p>
          <strong>{this.props.what} could not be shown.</strong> {error.message}
        </p>
        <p className="actions">
          <button type="button" className="btn" onClick={this.retry}>Try again</button>
          <button type="button" className="btn" onClick={this.reset}>Reset to defaults</button>
        </p>
      </div>
    );
  }
}
