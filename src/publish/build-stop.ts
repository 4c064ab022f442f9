/** Stops the build with a readable block: the message is the whole report, no stack. */
export class BuildStop extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildStop';
    this.stack = message;
  }
}

/** "3 content errors; nothing was published:" and each error's own block. */
export function contentErrorReport(messages: string[]): string {
  const count = `${messages.length} content error${messages.length === 1 ? '' : 's'}`;
  return `${count}; nothing was published:\n\n${messages.join('\n\n')}`;
}
