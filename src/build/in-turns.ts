/** Runs `work` on every item, `atOnce` at a time, each lane taking the next item when its last is done. */
export async function inTurns<T>(items: readonly T[], work: (item: T) => Promise<void>, atOnce: number): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, lane));
}
