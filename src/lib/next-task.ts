/**
 * Resolves in a new task (a message to itself, which, unlike setTimeout, is not delayed): work
 * split by it is several short tasks, so the browser can paint and answer input in between.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
