/**
 * Fired on the wizard's root, bubbling, each time a node's article is in the
 * page: on load and after every answer, Back or Change. Scripts that enhance
 * the article (copy buttons, filled-in values) listen for it, because the
 * wizard swaps the article's HTML without a page load.
 */
export const NODE_SHOWN = 'wizard:node-shown';

export interface NodeShownDetail {
  node: string;
}
