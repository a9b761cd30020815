import { Component, type ErrorInfo, type ReactNode } from 'react';

type Props = { children: ReactNode; /** What failed, for the message: "This screen", "This card". */ what: string };
type State = { error: Error | null };

/**
 * Keeps one broken part (a malformed record, a bug) from blanking the whole app: the rest keeps
 * working, and the user is told what failed and that nothing was deleted.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.what} failed to show`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div className="form-error" role="alert">
        <p>
          {this.props.what} could not be shown: {this.state.error.message}
        </p>
        <p>Your data is untouched. Other screens still work; reloading the app may help.</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
