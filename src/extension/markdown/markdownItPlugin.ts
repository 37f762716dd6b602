import type MarkdownIt from 'markdown-it';
import { blockHtml, type BlockOptions } from './blockHtml';
import { readFenceInfo } from './fenceInfo';

type FenceRule = NonNullable<MarkdownIt['renderer']['rules']['fence']>;

/**
 * Teaches a markdown-it instance to draw ```tcpflow fences; every other fence is left to the
 * rule that drew it before. `options` is read at each render, so a settings change shows at the
 * next refresh of the preview.
 */
export function tcpflowMarkdownIt(md: MarkdownIt, options: () => BlockOptions): MarkdownIt {
  const previous: FenceRule = md.renderer.rules.fence ?? ((tokens, idx, opts, _env, self) => self.renderToken(tokens, idx, opts));
  md.renderer.rules.fence = (tokens, idx, opts, env, self) => {
    const token = tokens[idx]!;
    const fence = readFenceInfo(md.utils.unescapeAll(token.info));
    if (fence === undefined) {
      return previous(tokens, idx, opts, env, self);
    }
    // The preview's own attributes (data-line and the code-line class) keep scroll sync working.
    const attributes = (token.attrs ?? []).filter(([name]) => name === 'data-line' || name === 'class' || name === 'dir');
    return blockHtml(token.content, fence, options(), attributes);
  };
  return md;
}
