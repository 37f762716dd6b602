/**
 * Resolves after the page has had a turn of its event loop, so messages
 * already queued are handled first. A MessageChannel message rather than
 * setTimeout(0): browsers stretch chained zero timeouts to 4 ms, which would
 * add up over a stream of renders.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * Resolves once the browser has drawn the next frame (style, layout, paint
 * of what the page just changed), so the cost of a drawing can be measured
 * whole. A hidden page draws no frames: then it resolves after `limitMs`.
 */
export function afterNextPaint(limitMs = 250): Promise<void> {
  return new Promise((resolve) => {
    const limit = setTimeout(resolve, limitMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(limit);
        resolve();
      }, 0),
    );
  });
}
