import { Component } from 'preact';
import type { Props } from './timeouts/ChainForm';

interface State {
  Form?: (props: Props) => preact.JSX.Element;
}

/**
 * The timeout chain island. It wakes after the page's load event and only
 * then fetches the form (its rules, its table of defaults and Preact's
 * hooks), so waking takes Preact's core and this file. A class rather than a
 * function with hooks for that reason: hooks would be one more module to wake.
 */
export default class TimeoutChain extends Component<Props, State> {
  override componentDidMount() {
    void import('./timeouts/ChainForm').then(({ default: Form }) => this.setState({ Form }));
  }

  override render() {
    const { Form } = this.state;
    return Form ? <Form titles={this.props.titles} /> : <p data-needs-js aria-busy="true">
        Loading the form…
      </p>;
  }
}
