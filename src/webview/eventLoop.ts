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
